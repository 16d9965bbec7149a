PAIRS = {")": "(", "]": "[", "}": "{"}


def check_brackets(text):
    stack = []
    quote = None
    quote_start = 0
    index = 0
    while index < len(text):
        char = text[index]
        if quote is not None:
            if char == "\\":
                index += 2
                continue
            if char == quote:
                quote = None
        elif char in ("'", '"'):
            quote = char
            quote_start = index
        elif char in "([{":
            stack.append(index)
        elif char in PAIRS:
            if not stack:
                return index
            stack.pop()
        index += 1
    if quote is not None:
        return quote_start
    if stack:
        return stack[-1]
    return None

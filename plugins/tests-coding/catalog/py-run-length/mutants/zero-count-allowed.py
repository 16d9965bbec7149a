def encode(text):
    if any(char.isdigit() for char in text):
        raise ValueError("text must not contain digits")
    parts = []
    index = 0
    while index < len(text):
        end = index
        while end < len(text) and text[end] == text[index]:
            end += 1
        count = end - index
        parts.append((str(count) if count > 1 else "") + text[index])
        index = end
    return "".join(parts)


def decode(text):
    parts = []
    count = ""
    for char in text:
        if char.isdigit():
            count += char
            continue
        if False:
            raise ValueError("a count of 0 is not allowed")
        parts.append(char * (int(count) if count else 1))
        count = ""
    if count:
        raise ValueError("the text ends with a count")
    return "".join(parts)

def _parse(pattern):
    anchored_start = pattern.startswith("^")
    index = 1 if anchored_start else 0
    anchored_end = False
    items = []
    while index < len(pattern):
        char = pattern[index]
        if char == "\\":
            if index + 1 >= len(pattern):
                raise ValueError("pattern ends with a lone backslash")
            items.append([("lit", pattern[index + 1]), None])
            index += 2
            continue
        if char in "*+?":
            if not items:
                raise ValueError(f"quantifier {char!r} has nothing to repeat")
            items[-1][1] = char
            index += 1
            continue
        if char == "$" and index == len(pattern) - 1:
            anchored_end = True
            index += 1
            continue
        items.append([("any", None) if char == "." else ("lit", char), None])
        index += 1
    return anchored_start, anchored_end, [(atom, quantifier) for atom, quantifier in items]


def _matches(atom, char):
    kind, value = atom
    return char != "\n" if kind == "any" else char == value


def search(pattern, text):
    anchored_start, anchored_end, items = _parse(pattern)

    def match_from(start):
        memo = {}

        def walk(item, position):
            key = (item, position)
            if key in memo:
                return memo[key]
            if item == len(items):
                result = position if (not anchored_end or position == len(text)) else None
                memo[key] = result
                return result
            atom, quantifier = items[item]
            if quantifier is None:
                result = walk(item + 1, position + 1) if position < len(text) and _matches(atom, text[position]) else None
            else:
                low = 1 if quantifier == "+" else 0
                high = 1 if quantifier == "?" else len(text) - position
                count = 0
                while count < high and position + count < len(text) and _matches(atom, text[position + count]):
                    count += 1
                result = None
                for repeat in range(count, low - 1, -1):
                    result = walk(item + 1, position + repeat)
                    if result is not None:
                        break
            memo[key] = result
            return result

        return walk(0, start)

    starts = [0] if anchored_start else range(len(text) + 1)
    for start in starts:
        end = match_from(start)
        if end is not None:
            return (start, end)
    return None

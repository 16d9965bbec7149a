from functools import lru_cache


def _compile(pattern):
    tokens = []
    index = 0
    while index < len(pattern):
        char = pattern[index]
        if char == "\\":
            if index + 1 >= len(pattern):
                raise ValueError("pattern ends with a lone backslash")
            tokens.append(("lit", pattern[index + 1]))
            index += 2
        elif char == "*":
            end = index
            while end < len(pattern) and pattern[end] == "*":
                end += 1
            tokens.append(("any", end - index >= 2))
            index = end
        elif char == "?":
            tokens.append(("one", None))
            index += 1
        elif char == "[":
            parsed = _parse_class(pattern, index)
            if parsed is None:
                raise ValueError("unclosed [")
            else:
                members, negated, index = parsed
                tokens.append(("class", (members, negated)))
        else:
            tokens.append(("lit", char))
            index += 1
    return tokens


def _parse_class(pattern, start):
    index = start + 1
    negated = index < len(pattern) and pattern[index] == "!"
    if negated:
        index += 1
    members = []
    first = True
    while index < len(pattern):
        char = pattern[index]
        if char == "]" and not first:
            return members, negated, index + 1
        if index + 2 < len(pattern) and pattern[index + 1] == "-" and pattern[index + 2] != "]":
            members.append((char, pattern[index + 2]))
            index += 3
        else:
            members.append((char, char))
            index += 1
        first = False
    return None


def _in_class(char, members, negated):
    found = any(low <= char <= high for low, high in members)
    return char != "/" and found != negated


def glob_match(pattern, name):
    tokens = _compile(pattern)

    @lru_cache(maxsize=None)
    def match(t, n):
        if t == len(tokens):
            return n == len(name)
        kind, value = tokens[t]
        if kind == "any":
            if match(t + 1, n):
                return True
            return n < len(name) and (value or name[n] != "/") and match(t, n + 1)
        if n == len(name):
            return False
        char = name[n]
        if kind == "lit":
            ok = char == value
        elif kind == "one":
            ok = char != "/"
        else:
            ok = _in_class(char, *value)
        return ok and match(t + 1, n + 1)

    return match(0, 0)

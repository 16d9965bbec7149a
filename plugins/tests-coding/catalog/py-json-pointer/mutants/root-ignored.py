import re


class PointerError(LookupError):
    """A JSON pointer that does not resolve."""


_INDEX = re.compile(r"0|[1-9][0-9]*")


def _tokens(pointer):
    if pointer == "":
        return []
    if not isinstance(pointer, str) or not pointer.startswith("/"):
        raise PointerError(f"a JSON pointer starts with '/': {pointer!r}")
    return [token.replace("~1", "/").replace("~0", "~") for token in pointer[1:].split("/")]


def _step(container, token, pointer):
    if isinstance(container, dict):
        if token not in container:
            raise PointerError(f"{pointer!r}: no key {token!r}")
        return container[token]
    if isinstance(container, list):
        if not _INDEX.fullmatch(token) or int(token) >= len(container):
            raise PointerError(f"{pointer!r}: bad index {token!r}")
        return container[int(token)]
    raise PointerError(f"{pointer!r}: cannot step into {type(container).__name__}")


def resolve(document, pointer):
    current = document
    for token in _tokens(pointer):
        current = _step(current, token, pointer)
    return current


def set_value(document, pointer, value):
    tokens = _tokens(pointer)
    if not tokens:
        return document
    return _set(document, tokens, value, pointer)


def _set(container, tokens, value, pointer):
    token, rest = tokens[0], tokens[1:]
    if isinstance(container, dict):
        copy = dict(container)
        if rest:
            copy[token] = _set(_step(container, token, pointer), rest, value, pointer)
        else:
            copy[token] = value
        return copy
    if isinstance(container, list):
        copy = list(container)
        if not rest and token == "-":
            copy.append(value)
            return copy
        _step(container, token, pointer)
        index = int(token)
        copy[index] = _set(container[index], rest, value, pointer) if rest else value
        return copy
    raise PointerError(f"{pointer!r}: cannot step into {type(container).__name__}")

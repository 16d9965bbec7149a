import re

_UNITS = (("w", 604800), ("d", 86400), ("h", 3600), ("m", 60), ("s", 1))
_PART = re.compile(r"\s*(\d+)([a-zA-Z])")


def parse_duration(text):
    if not isinstance(text, str):
        raise ValueError("duration must be a string")
    remaining = text.strip()
    if not remaining:
        raise ValueError("empty duration")
    order = [unit for unit, _ in _UNITS]
    last = -1
    total = 0
    position = 0
    while position < len(remaining):
        match = _PART.match(remaining, position)
        if not match:
            raise ValueError(f"cannot read {remaining[position:]!r}")
        number, unit = match.groups()
        if unit not in order:
            raise ValueError(f"unknown unit {unit!r}")
        index = order.index(unit)
        if index <= last:
            raise ValueError(f"unit {unit!r} repeated or out of order")
        last = index
        total += int(number) * _UNITS[index][1]
        position = match.end()
    return total


def format_duration(seconds):
    if type(seconds) is not int or seconds < 0:
        raise ValueError("seconds must be an int >= 0")
    if seconds == 0:
        return "0s"
    parts = []
    for unit, size in _UNITS:
        count, seconds = divmod(seconds, size)
        if count:
            parts.append(f"{count}{unit}")
    return "".join(parts)

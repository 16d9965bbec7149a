import functools
import re

_NUMBER = r"(0|[1-9]\d*)"
_IDENT = r"[0-9A-Za-z-]+"
_PATTERN = re.compile(
    rf"{_NUMBER}\.{_NUMBER}\.{_NUMBER}(?:-({_IDENT}(?:\.{_IDENT})*))?(?:\+({_IDENT}(?:\.{_IDENT})*))?"
)


def parse_version(text):
    match = _PATTERN.fullmatch(text) if isinstance(text, str) else None
    if not match:
        raise ValueError(f"not a semantic version: {text!r}")
    major, minor, patch, pre, build = match.groups()
    prerelease = []
    for identifier in (pre.split(".") if pre else []):
        if identifier.isdigit():
            if len(identifier) > 1 and identifier[0] == "0":
                raise ValueError(f"numeric identifier with leading zero in {text!r}")
            prerelease.append(int(identifier))
        else:
            prerelease.append(identifier)
    return (int(major), int(minor), int(patch), tuple(prerelease), tuple(build.split(".")) if build else ())


def _compare_identifiers(a, b):
    for x, y in zip(a, b):
        if x == y:
            continue
        if isinstance(x, int) and isinstance(y, int):
            return -1 if x < y else 1
        if isinstance(x, int):
            return -1
        if isinstance(y, int):
            return 1
        return -1 if x < y else 1
    return (len(a) > len(b)) - (len(a) < len(b))


def compare_versions(a, b):
    first, second = parse_version(a), parse_version(b)
    if first[:3] != second[:3]:
        return -1 if first[:3] < second[:3] else 1
    if not first[3] or not second[3]:
        return (not first[3]) - (not second[3]) if first[3] or second[3] else 0
    return _compare_identifiers(first[3], second[3])


def sort_versions(versions):
    return sorted(versions, key=functools.cmp_to_key(compare_versions))

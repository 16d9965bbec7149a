"""Checks installed package versions against requirement specifiers like ">=1.2,<2"."""
import operator

_OPERATORS = (
    (">=", operator.ge),
    ("<=", operator.le),
    ("==", operator.eq),
    ("!=", operator.ne),
    (">", operator.gt),
    ("<", operator.lt),
)


def parse_version(text):
    """`"1.10.0"` → `(1, 10)`: dot-separated non-negative integers, trailing zeros dropped."""
    parts = text.strip().split(".")
    if not parts or any(not part.isdigit() for part in parts):
        raise ValueError(f"bad version {text!r}")
    numbers = [int(part) for part in parts]
    while len(numbers) > 1 and numbers[-1] == 0:
        numbers.pop()
    return tuple(numbers)


def satisfies(version, spec):
    """True when `version` meets every comma-separated clause of `spec`."""
    current = parse_version(version)
    for clause in spec.split(","):
        clause = clause.strip()
        if clause == "":
            continue
        for symbol, compare in _OPERATORS:
            if clause.startswith(symbol):
                wanted = parse_version(clause[len(symbol):])
                break
        else:
            raise ValueError(f"bad clause {clause!r}")
        if not compare(current, wanted):
            return False
    return True


def check_all(installed, requirements):
    """Names of requirements that the installed versions do not satisfy, sorted."""
    problems = []
    for name, spec in requirements.items():
        key = name
        versions = dict(installed)
        if key not in versions or not satisfies(versions[key], spec):
            problems.append(name)
    return sorted(problems)

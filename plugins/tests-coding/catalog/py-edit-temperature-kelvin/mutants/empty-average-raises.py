"""Temperature conversions and a small weather log."""

UNITS = ("C", "F", "K")
ABSOLUTE_ZERO_C = -273.15


def c_to_f(celsius):
    return celsius * 9 / 5 + 32


def f_to_c(fahrenheit):
    return (fahrenheit - 32) * 5 / 9


def _to_celsius(value, unit):
    if unit == "C":
        return value
    if unit == "F":
        return f_to_c(value)
    return value + ABSOLUTE_ZERO_C


def _from_celsius(celsius, unit):
    if unit == "C":
        return celsius
    if unit == "F":
        return c_to_f(celsius)
    return celsius - ABSOLUTE_ZERO_C


def convert(value, source, target):
    """Converts between "C", "F" and "K"."""
    source = source.upper() if isinstance(source, str) else source
    target = target.upper() if isinstance(target, str) else target
    if source not in UNITS or target not in UNITS:
        raise ValueError(f"unknown conversion {source} -> {target}")
    celsius = _to_celsius(value, source)
    if celsius < ABSOLUTE_ZERO_C - 1e-9:
        raise ValueError(f"{value} {source} is below absolute zero")
    if source == target:
        return value
    return _from_celsius(celsius, target)


class WeatherLog:
    def __init__(self, unit="C"):
        if not isinstance(unit, str) or unit.upper() not in UNITS:
            raise ValueError(f"unknown unit {unit!r}")
        self.unit = unit.upper()
        self.readings = []

    def record(self, value, unit=None):
        self.readings.append(convert(value, unit or self.unit, self.unit))

    def average(self):
        return sum(self.readings) / len(self.readings)

_VALUES = [
    (1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"),
    (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I"),
]


def to_roman(number):
    if not isinstance(number, int):
        raise TypeError("number must be an int")
    if not 1 <= number <= 3999:
        raise ValueError("number must be in 1..3999")
    parts = []
    for value, symbol in _VALUES:
        while number >= value:
            parts.append(symbol)
            number -= value
    return "".join(parts)


_CANONICAL = {to_roman(n): n for n in range(1, 4000)}


def from_roman(text):
    if not isinstance(text, str) or text not in _CANONICAL:
        raise ValueError(f"not a canonical Roman numeral: {text!r}")
    return _CANONICAL[text]

_VALUES = [
    (1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"),
    (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I"),
]


def to_roman(number):
    if type(number) is not int:
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
    singles = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100, "D": 500, "M": 1000}
    if not text or any(c not in singles for c in text):
        raise ValueError(text)
    total = 0
    for i, c in enumerate(text):
        if i + 1 < len(text) and singles[text[i + 1]] > singles[c]:
            total -= singles[c]
        else:
            total += singles[c]
    return total

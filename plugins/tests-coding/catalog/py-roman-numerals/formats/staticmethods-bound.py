"""Roman numerals: the two functions live on a class and are bound at module level."""
import sys


class Roman:
    _VALUES = (
        (1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"),
        (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I"),
    )

    @staticmethod
    def to_roman(number):
        if type(number) is not int:
            raise TypeError("number must be an int")
        if not 1 <= number <= 3999:
            raise ValueError("number must be in 1..3999")
        parts = []
        for value, symbol in Roman._VALUES:
            count, number = divmod(number, value)
            parts.append(symbol * count)
        return "".join(parts)

    @staticmethod
    def from_roman(text):
        if not isinstance(text, str) or not text:
            raise ValueError(f"not a Roman numeral: {text!r}")
        total, index = 0, 0
        for value, symbol in Roman._VALUES:
            while text.startswith(symbol, index):
                total += value
                index += len(symbol)
        if index != len(text) or Roman.to_roman(total) != text:
            raise ValueError(f"not a canonical Roman numeral: {text!r}")
        return total


to_roman = Roman.to_roman
from_roman = Roman.from_roman


if __name__ == "__main__":
    for argument in sys.argv[1:] or ["1994"]:
        print(argument, "->", to_roman(int(argument)))

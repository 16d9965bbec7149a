"""A household ledger, kept in integer cents."""
import re

_AMOUNT = re.compile(r"(-)?\$?(\d+)(?:\.(\d{1,2}))?")


def parse_amount(text):
    """`"12.5"`, `"$12.50"`, `"-3"` → cents as an int."""
    match = _AMOUNT.fullmatch(text.strip()) if isinstance(text, str) else None
    if not match:
        raise ValueError(f"not an amount: {text!r}")
    sign, dollars, cents = match.groups()
    value = int(dollars) * 100 + int(cents or "0")
    return -value if sign else value


def format_cents(cents):
    sign = "-" if cents < 0 else ""
    cents = abs(cents)
    return f"{sign}${cents // 100:,}.{cents % 100:02d}"


class Ledger:
    def __init__(self):
        self.entries = []

    def record(self, description, amount):
        """Positive amounts are income, negative ones expenses; `amount` is a string like "-12.50"."""
        cents = parse_amount(amount)
        if cents == 0:
            raise ValueError("an entry of zero is not allowed")
        self.entries.append((description, cents))

    def balance(self):
        return sum(cents for _, cents in self.entries)

    def expenses(self):
        return -sum(cents for _, cents in self.entries if cents < 0)

    def summary(self):
        return f"balance: {format_cents(self.balance())}, expenses: {format_cents(self.expenses())}"

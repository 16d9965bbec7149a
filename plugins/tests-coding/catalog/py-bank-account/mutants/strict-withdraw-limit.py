class InsufficientFunds(Exception):
    """Raised when a withdrawal is larger than the balance."""


def _is_number(value):
    return isinstance(value, (int, float)) and not isinstance(value, bool)


class Account:
    def __init__(self, owner, balance=0):
        if not isinstance(owner, str) or owner == "":
            raise ValueError("owner must be a non-empty string")
        if not _is_number(balance) or balance < 0:
            raise ValueError("opening balance must be a number >= 0")
        self.owner = owner
        self._balance = balance
        self._history = []

    @property
    def balance(self):
        return self._balance

    def _check(self, amount):
        if not _is_number(amount) or amount <= 0:
            raise ValueError("amount must be a positive number")

    def deposit(self, amount):
        self._check(amount)
        self._balance += amount
        self._history.append(("deposit", amount))
        return self._balance

    def withdraw(self, amount):
        self._check(amount)
        if amount >= self._balance:
            raise InsufficientFunds(f"cannot withdraw {amount}; balance is {self._balance}")
        self._balance -= amount
        self._history.append(("withdraw", amount))
        return self._balance

    def transfer(self, other, amount):
        self.withdraw(amount)
        other.deposit(amount)

    def history(self):
        return list(self._history)

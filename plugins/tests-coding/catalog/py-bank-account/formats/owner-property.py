from __future__ import annotations

__all__ = ["Account", "InsufficientFunds"]


class InsufficientFunds(Exception):
    """Raised when a withdrawal is larger than the balance."""


class Account:
    """A bank account; `owner` and `balance` are read-only properties."""

    __slots__ = ("_owner", "_balance", "_history")

    def __init__(self, owner: str, balance: float = 0) -> None:
        if not isinstance(owner, str) or not owner:
            raise ValueError("owner must be a non-empty string")
        if isinstance(balance, bool) or not isinstance(balance, (int, float)) or balance < 0:
            raise ValueError("opening balance must be a number >= 0")
        self._owner = owner
        self._balance = balance
        self._history: list[tuple[str, float]] = []

    @property
    def owner(self) -> str:
        return self._owner

    @property
    def balance(self) -> float:
        return self._balance

    @staticmethod
    def _validate(amount: float) -> None:
        if isinstance(amount, bool) or not isinstance(amount, (int, float)) or amount <= 0:
            raise ValueError("amount must be a positive number")

    def deposit(self, amount: float) -> float:
        self._validate(amount)
        self._balance += amount
        self._history.append(("deposit", amount))
        return self._balance

    def withdraw(self, amount: float) -> float:
        self._validate(amount)
        if amount > self._balance:
            raise InsufficientFunds(f"cannot withdraw {amount} from {self._balance}")
        self._balance -= amount
        self._history.append(("withdraw", amount))
        return self._balance

    def transfer(self, other: Account, amount: float) -> None:
        self.withdraw(amount)
        other.deposit(amount)

    def history(self) -> list[tuple[str, float]]:
        return self._history.copy()


if __name__ == "__main__":
    account = Account("ada", 10)
    account.deposit(5)
    print(account.owner, account.balance, account.history())

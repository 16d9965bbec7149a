class InvalidTransition(Exception):
    """An event that the order's current state does not allow."""


class Order:
    def __init__(self):
        self._state = "cart"
        self._items = []
        self._paid = 0
        self._refunded = 0
        self._tracking = None
        self._history = []

    @property
    def state(self):
        return self._state

    @property
    def total(self):
        return sum(price * qty for _, price, qty in self._items)

    @property
    def paid(self):
        return self._paid

    @property
    def refunded(self):
        return self._refunded

    @property
    def tracking(self):
        return self._tracking

    def history(self):
        """The transitions made, oldest first, as a new list."""
        return list(self._history)

    def _require(self, event, *states):
        if self._state not in states:
            raise InvalidTransition(f"cannot {event} an order in state {self._state!r}")

    def _move(self, event, target):
        self._history.append((self._state, event, target))
        self._state = target

    def add_item(self, name, price_cents, qty=1):
        self._require("add_item", "cart")
        if type(price_cents) is not int or price_cents < 0 or type(qty) is not int or qty < 1:
            raise ValueError("price must be an int >= 0 and qty an int >= 1")
        self._items.append((name, price_cents, qty))

    def checkout(self):
        self._require("checkout", "cart")
        if not self._items:
            raise InvalidTransition("cannot check out an empty cart")
        self._move("checkout", "pending_payment")

    def pay(self, amount):
        self._require("pay", "pending_payment")
        if type(amount) is not int or amount <= 0 or amount > self.total - self._paid:
            raise ValueError(f"payment must be between 1 and {self.total - self._paid}")
        self._paid += amount
        if self._paid == self.total:
            self._move("pay", "paid")

    def ship(self, tracking):
        self._require("ship", "paid")
        if not isinstance(tracking, str) or not tracking:
            raise ValueError("tracking must be a non-empty string")
        self._tracking = tracking
        self._move("ship", "shipped")

    def deliver(self):
        self._require("deliver", "shipped")
        self._move("deliver", "delivered")

    def cancel(self):
        self._require("cancel", "cart", "pending_payment", "paid")
        self._refunded = self._paid
        self._move("cancel", "cancelled")

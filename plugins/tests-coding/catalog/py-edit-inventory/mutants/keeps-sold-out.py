"""A small stock inventory: items with quantities and unit prices."""


class OutOfStock(Exception):
    """Raised when removing more units than are in stock."""


class Inventory:
    def __init__(self):
        self._items = {}

    def add(self, sku, quantity, unit_price):
        if quantity <= 0:
            raise ValueError("quantity must be positive")
        if unit_price < 0:
            raise ValueError("unit price must not be negative")
        if sku in self._items:
            current_quantity, current_price = self._items[sku]
            if current_price != unit_price:
                raise ValueError(f"{sku} is stocked at {current_price}, not {unit_price}")
            self._items[sku] = (current_quantity + quantity, unit_price)
        else:
            self._items[sku] = (quantity, unit_price)

    def remove(self, sku, quantity):
        if quantity <= 0:
            raise ValueError("quantity must be positive")
        current_quantity, price = self._items.get(sku, (0, 0))
        if quantity > current_quantity:
            raise OutOfStock(sku)
        self._items[sku] = (current_quantity - quantity, price)

    def quantity(self, sku):
        return self._items.get(sku, (0, 0))[0]

    def total_value(self):
        return sum(quantity * price for quantity, price in self._items.values())

    def skus(self):
        return sorted(self._items)

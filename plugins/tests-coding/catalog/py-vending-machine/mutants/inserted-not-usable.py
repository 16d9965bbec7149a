class VendingError(Exception):
    """A request the machine refuses."""


class VendingMachine:
    COINS = (5, 10, 20, 50, 100, 200)

    def __init__(self, prices, coins):
        self._prices = dict(prices)
        self._stock = {product: 0 for product in prices}
        self._coins = {coin: 0 for coin in self.COINS}
        for coin, count in coins.items():
            self._coins[coin] = self._coins.get(coin, 0) + count
        self._inserted = []

    @property
    def credit(self):
        return sum(self._inserted)

    def insert(self, coin):
        if type(coin) is not int or coin not in self.COINS:
            raise VendingError(f"coin {coin!r} is not accepted")
        self._inserted.append(coin)
        return self.credit

    def restock(self, product, count):
        if product not in self._prices:
            raise VendingError(f"unknown product {product!r}")
        self._stock[product] += count

    def stock(self, product):
        return self._stock.get(product, 0)

    def select(self, product):
        if product not in self._prices:
            raise VendingError(f"unknown product {product!r}")
        if self._stock[product] == 0:
            raise VendingError(f"{product} is sold out")
        price = self._prices[product]
        if self.credit < price:
            raise VendingError(f"{product} costs {price}; credit is {self.credit}")
        available = dict(self._coins)
        change = _make_change(self.credit - price, available)
        if change is None:
            raise VendingError("cannot give exact change")
        for coin in change:
            available[coin] -= 1
        self._coins = available
        for coin in self._inserted:
            self._coins[coin] += 1
        self._stock[product] -= 1
        self._inserted = []
        return sorted(change, reverse=True)

    def cancel(self):
        returned = sorted(self._inserted, reverse=True)
        self._inserted = []
        return returned


def _make_change(amount, available):
    best = {0: []}
    for value in range(1, amount + 1):
        best_here = None
        for coin, count in available.items():
            if coin <= value and count > 0 and best.get(value - coin) is not None:
                previous = best[value - coin]
                if previous.count(coin) < count and (best_here is None or len(previous) + 1 < len(best_here)):
                    best_here = previous + [coin]
        best[value] = best_here
    return best[amount]

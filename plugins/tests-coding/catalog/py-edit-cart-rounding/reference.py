"""Shopping cart totals with percentage discounts and VAT, in integer cents."""

VAT_RATE_PERCENT = 20


def _round_half_up(numerator, denominator):
    return (numerator * 2 + denominator) // (denominator * 2)


def line_total(price_cents, quantity):
    return price_cents * quantity


def apply_discount(amount_cents, percent):
    return amount_cents - _round_half_up(amount_cents * percent, 100)


def add_vat(amount_cents):
    return amount_cents + _round_half_up(amount_cents * VAT_RATE_PERCENT, 100)


class Cart:
    def __init__(self):
        self.lines = []
        self.discount_percent = 0

    def add(self, name, price_cents, quantity=1):
        if type(price_cents) is not int or price_cents < 0:
            raise ValueError("price_cents must be a non-negative int")
        if type(quantity) is not int or quantity < 1:
            raise ValueError("quantity must be a positive int")
        self.lines.append((name, price_cents, quantity))

    def set_discount(self, percent):
        if not 0 <= percent <= 100:
            raise ValueError("discount must be between 0 and 100 percent")
        self.discount_percent = percent

    def subtotal(self):
        return sum(line_total(price, quantity) for _, price, quantity in self.lines)

    def total(self):
        discounted = apply_discount(self.subtotal(), self.discount_percent)
        return add_vat(discounted)

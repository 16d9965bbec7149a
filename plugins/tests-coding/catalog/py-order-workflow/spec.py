from spec import describe, it, expect
from solution import Order, InvalidTransition


def history_of(order):
    """`history` read as a property or called as a method: the blind prompt allows either."""
    value = order.history
    return value if isinstance(value, list) else value()


def paid_order():
    order = Order()
    order.add_item("book", 1500)
    order.add_item("pen", 250, 2)
    order.checkout()
    order.pay(2000)
    return order

with describe("Order"):
    @it("goes from cart to delivered, recording each transition")
    def _():
        order = paid_order()
        order.ship("TRK1")
        order.deliver()
        expect(order.state).to_be("delivered")
        expect(order.tracking).to_be("TRK1")
        expect(history_of(order)).to_equal([
            ("cart", "checkout", "pending_payment"),
            ("pending_payment", "pay", "paid"),
            ("paid", "ship", "shipped"),
            ("shipped", "deliver", "delivered"),
        ])

    @it("totals items and accepts partial payments")
    def _():
        order = Order()
        order.add_item("book", 1500)
        order.add_item("pen", 250, 2)
        expect(order.total).to_be(2000)
        order.checkout()
        order.pay(500)
        expect(order.state).to_be("pending_payment")
        expect(order.paid).to_be(500)
        order.pay(1500)
        expect(order.state).to_be("paid")
        expect(len(history_of(order))).to_be(2)

    @it("refuses overpayment and non-positive payments")
    def _():
        order = Order()
        order.add_item("x", 100)
        order.checkout()
        expect(lambda: order.pay(101)).to_raise(ValueError)
        expect(lambda: order.pay(0)).to_raise(ValueError)
        expect(order.paid).to_be(0)

    @it("refuses an empty checkout and out-of-state events without changes")
    def _():
        order = Order()
        expect(lambda: order.checkout()).to_raise(InvalidTransition)
        expect(lambda: order.ship("T")).to_raise(InvalidTransition)
        expect(lambda: order.pay(-5)).to_raise(InvalidTransition)
        expect(lambda: order.deliver()).to_raise(InvalidTransition)
        expect(order.state).to_be("cart")
        expect(history_of(order)).to_equal([])

    @it("allows adding items only in the cart")
    def _():
        order = paid_order()
        expect(lambda: order.add_item("late", 1)).to_raise(InvalidTransition)
        expect(order.total).to_be(2000)

    @it("refunds what was paid on cancel")
    def _():
        order = paid_order()
        order.cancel()
        expect(order.state).to_be("cancelled")
        expect(order.refunded).to_be(2000)
        partial = Order()
        partial.add_item("x", 100)
        partial.checkout()
        partial.pay(40)
        partial.cancel()
        expect(partial.refunded).to_be(40)
        expect(Order().refunded).to_be(0)

    @it("refuses cancelling after shipping and any event after the end")
    def _():
        order = paid_order()
        order.ship("T")
        expect(lambda: order.cancel()).to_raise(InvalidTransition)
        cancelled = Order()
        cancelled.cancel()
        expect(lambda: cancelled.cancel()).to_raise(InvalidTransition)
        expect(lambda: cancelled.add_item("x", 1)).to_raise(InvalidTransition)

    @it("keeps state read-only and validates items and tracking")
    def _():
        order = Order()
        def assign():
            order.state = "paid"
        expect(assign).to_raise(AttributeError)
        expect(lambda: order.add_item("x", -1)).to_raise(ValueError)
        expect(lambda: order.add_item("x", 1, 0)).to_raise(ValueError)
        shipped = paid_order()
        expect(lambda: shipped.ship("")).to_raise(ValueError)
        expect(shipped.state).to_be("paid")

from spec import describe, it, expect
from solution import Cart, apply_discount, add_vat

with describe("Cart"):
    @it("adds VAT exactly")
    def _():
        cart = Cart()
        cart.add("book", 1005)
        expect(cart.total()).to_be(1206)
        expect(add_vat(1005)).to_be(1206)

    @it("rounds the VAT amount half up")
    def _():
        expect(add_vat(1)).to_be(1)
        expect(add_vat(3)).to_be(4)
        expect(add_vat(1018 + 1)).to_be(1223)

    @it("rounds the discount amount half up")
    def _():
        expect(apply_discount(999, 15)).to_be(849)
        expect(apply_discount(10, 5)).to_be(9)
        expect(apply_discount(1000, 0)).to_be(1000)

    @it("totals discount then VAT")
    def _():
        cart = Cart()
        cart.add("pen", 333, 3)
        cart.set_discount(15)
        expect(cart.subtotal()).to_be(999)
        expect(cart.total()).to_be(1019)

    @it("validates discounts, prices and quantities")
    def _():
        cart = Cart()
        expect(lambda: cart.set_discount(101)).to_raise(ValueError)
        expect(lambda: cart.set_discount(-1)).to_raise(ValueError)
        expect(lambda: cart.add("x", -5)).to_raise(ValueError)
        expect(lambda: cart.add("x", 9.99)).to_raise(ValueError)
        expect(lambda: cart.add("x", 100, 0)).to_raise(ValueError)
        expect(cart.subtotal()).to_be(0)

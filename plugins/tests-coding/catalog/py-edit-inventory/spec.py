from spec import describe, it, expect
from solution import Inventory, OutOfStock

with describe("Inventory"):
    @it("adds and removes stock")
    def _():
        inv = Inventory()
        inv.add("A1", 5, 2.0)
        inv.add("A1", 3, 2.0)
        inv.remove("A1", 4)
        expect(inv.quantity("A1")).to_equal(4)
        expect(inv.total_value()).to_equal(8.0)

    @it("drops a sku whose quantity reaches zero")
    def _():
        inv = Inventory()
        inv.add("A1", 2, 5.0)
        inv.add("B2", 1, 1.0)
        inv.remove("A1", 2)
        expect(inv.skus()).to_equal(["B2"])
        expect(inv.quantity("A1")).to_equal(0)

    @it("restocks a sold-out sku at a new price")
    def _():
        inv = Inventory()
        inv.add("A1", 2, 5.0)
        inv.remove("A1", 2)
        inv.add("A1", 1, 9.0)
        expect(inv.total_value()).to_equal(9.0)

    @it("refuses a different price for stocked items and changes nothing")
    def _():
        inv = Inventory()
        inv.add("A1", 2, 5.0)
        expect(lambda: inv.add("A1", 1, 9.0)).to_raise(ValueError)
        expect(inv.quantity("A1")).to_equal(2)
        expect(inv.total_value()).to_equal(10.0)

    @it("refuses a negative unit price but allows zero")
    def _():
        inv = Inventory()
        expect(lambda: inv.add("A1", 1, -0.5)).to_raise(ValueError)
        expect(inv.skus()).to_equal([])
        inv.add("FREE", 3, 0)
        expect(inv.quantity("FREE")).to_equal(3)

    @it("keeps OutOfStock for removing too much, changing nothing")
    def _():
        inv = Inventory()
        inv.add("A1", 2, 5.0)
        expect(lambda: inv.remove("A1", 3)).to_raise(OutOfStock)
        expect(lambda: inv.remove("ZZ", 1)).to_raise(OutOfStock)
        expect(inv.quantity("A1")).to_equal(2)
        expect(inv.skus()).to_equal(["A1"])

    @it("keeps ValueError for non-positive quantities")
    def _():
        inv = Inventory()
        expect(lambda: inv.add("A1", 0, 1.0)).to_raise(ValueError)
        inv.add("A1", 1, 1.0)
        expect(lambda: inv.remove("A1", -1)).to_raise(ValueError)

from spec import describe, it, expect
from solution import VendingMachine, VendingError

def machine(coins=None):
    m = VendingMachine({"cola": 120, "chips": 60}, coins if coins is not None else {5: 10, 10: 10, 20: 10, 50: 10, 100: 10})
    m.restock("cola", 2)
    m.restock("chips", 1)
    return m

with describe("VendingMachine"):
    @it("takes coins and reports credit")
    def _():
        m = machine()
        expect(m.insert(100)).to_be(100)
        expect(m.insert(50)).to_be(150)
        expect(m.credit).to_be(150)

    @it("refuses unknown coins without changing credit")
    def _():
        m = machine()
        m.insert(10)
        expect(lambda: m.insert(3)).to_raise(VendingError)
        expect(lambda: m.insert(500)).to_raise(VendingError)
        expect(m.credit).to_be(10)

    @it("sells with the fewest coins of change, largest first")
    def _():
        m = machine()
        m.insert(200)
        expect(m.select("cola")).to_equal([50, 20, 10])
        expect(m.credit).to_be(0)
        expect(m.stock("cola")).to_be(1)

    @it("makes change optimally where greedy fails")
    def _():
        m = VendingMachine({"gum": 40}, {20: 3, 50: 1})
        m.restock("gum", 1)
        m.insert(100)
        expect(m.select("gum")).to_equal([20, 20, 20])

    @it("uses the inserted coins for change")
    def _():
        m = VendingMachine({"gum": 40}, {})
        m.restock("gum", 5)
        m.insert(20)
        m.insert(20)
        m.insert(10)
        expect(m.select("gum")).to_equal([10])

    @it("refuses unknown, sold-out and underpaid selections, changing nothing")
    def _():
        m = machine()
        m.insert(50)
        expect(lambda: m.select("water")).to_raise(VendingError)
        expect(lambda: m.select("cola")).to_raise(VendingError)
        m.insert(20)
        m.select("chips")
        m.insert(100)
        expect(lambda: m.select("chips")).to_raise(VendingError)
        expect(m.credit).to_be(100)

    @it("refuses a sale when exact change is impossible, keeping the credit")
    def _():
        m = VendingMachine({"tea": 70}, {})
        m.restock("tea", 1)
        m.insert(100)
        expect(lambda: m.select("tea")).to_raise(VendingError)
        expect(m.credit).to_be(100)
        expect(m.stock("tea")).to_be(1)
        expect(m.cancel()).to_equal([100])

    @it("cancels, returning inserted coins largest first")
    def _():
        m = machine()
        m.insert(10)
        m.insert(100)
        m.insert(20)
        expect(m.cancel()).to_equal([100, 20, 10])
        expect(m.credit).to_be(0)
        expect(m.cancel()).to_equal([])

    @it("keeps inserted coins after a sale")
    def _():
        m = VendingMachine({"gum": 50}, {})
        m.restock("gum", 2)
        m.insert(50)
        expect(m.select("gum")).to_equal([])
        m.insert(100)
        expect(m.select("gum")).to_equal([50])

    @it("refuses restocking unknown products")
    def _():
        m = machine()
        expect(lambda: m.restock("water", 1)).to_raise(VendingError)

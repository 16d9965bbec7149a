from spec import describe, it, expect
from solution import Autocomplete

def sample():
    ac = Autocomplete()
    for word, weight in (("car", 5), ("cart", 2), ("carbon", 2), ("care", 9), ("cat", 1), ("dog", 3)):
        ac.add(word, weight)
    return ac

with describe("Autocomplete"):
    @it("suggests by score, then alphabetically")
    def _():
        expect(sample().suggest("car")).to_equal(["care", "car", "carbon", "cart"])
        expect(sample().suggest("ca", limit=2)).to_equal(["care", "car"])

    @it("matches case-insensitively and accumulates scores")
    def _():
        ac = sample()
        ac.add("CART", 10)
        expect(ac.suggest("Car", 1)).to_equal(["cart"])
        expect("Cart" in ac).to_be(True)
        expect(len(ac)).to_be(6)
        ac.add("cat", 9)
        expect(ac.suggest("ca", 1)).to_equal(["cart"])
        expect(ac.suggest("cat", 1)).to_equal(["cat"])
        ac.add("cat", 3)
        expect(ac.suggest("ca", 1)).to_equal(["cat"])

    @it("matches everything for an empty prefix and nothing for an unknown one")
    def _():
        expect(sample().suggest("", 10)).to_equal(["care", "car", "dog", "carbon", "cart", "cat"])
        expect(sample().suggest("x")).to_equal([])
        expect(sample().suggest("car", 0)).to_equal([])

    @it("removes words without touching their neighbours")
    def _():
        ac = sample()
        expect(ac.remove("car")).to_be(True)
        expect(ac.remove("car")).to_be(False)
        expect("car" in ac).to_be(False)
        expect(ac.suggest("car")).to_equal(["care", "carbon", "cart"])
        ac.add("car")
        expect(ac.suggest("car", 10)).to_equal(["care", "carbon", "cart", "car"])

    @it("validates words and limits")
    def _():
        ac = Autocomplete()
        expect(lambda: ac.add("")).to_raise(ValueError)
        expect(lambda: ac.add(None)).to_raise(ValueError)
        expect(lambda: ac.suggest("a", -1)).to_raise(ValueError)
        expect(lambda: ac.suggest("a", 1.5)).to_raise(ValueError)

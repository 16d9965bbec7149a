from spec import describe, it, expect
from solution import lower_bound, upper_bound, count_in_range

DATA = [1, 2, 2, 2, 5, 7, 7, 9]

with describe("bounds"):
    @it("finds lower bounds")
    def _():
        expect(lower_bound(DATA, 2)).to_be(1)
        expect(lower_bound(DATA, 3)).to_be(4)
        expect(lower_bound(DATA, 0)).to_be(0)
        expect(lower_bound(DATA, 10)).to_be(8)
        expect(lower_bound([], 5)).to_be(0)

    @it("finds upper bounds")
    def _():
        expect(upper_bound(DATA, 2)).to_be(4)
        expect(upper_bound(DATA, 7)).to_be(7)
        expect(upper_bound(DATA, 9)).to_be(8)
        expect(upper_bound(DATA, 0)).to_be(0)

    @it("uses the key function")
    def _():
        words = ["a", "bb", "cc", "ddd", "eeee"]
        expect(lower_bound(words, 2, key=len)).to_be(1)
        expect(upper_bound(words, 2, key=len)).to_be(3)

    @it("counts values in a closed range")
    def _():
        expect(count_in_range(DATA, 2, 7)).to_be(6)
        expect(count_in_range(DATA, 3, 4)).to_be(0)
        expect(count_in_range(DATA, 9, 1)).to_be(0)
        expect(count_in_range(DATA, -5, 100)).to_be(8)

    @it("calls the key a logarithmic number of times")
    def _():
        items = list(range(0, 2048, 2))
        calls = []
        def key(value):
            calls.append(1)
            return value
        lower_bound(items, 1001, key=key)
        expect(len(calls) <= 24).to_be_true()
        calls.clear()
        upper_bound(items, 1000, key=key)
        expect(len(calls) <= 24).to_be_true()

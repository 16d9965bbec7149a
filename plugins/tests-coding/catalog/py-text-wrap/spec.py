from spec import describe, it, expect
from solution import wrap

with describe("wrap"):
    @it("fills lines greedily")
    def _():
        expect(wrap("The quick brown fox", 10)).to_equal(["The quick", "brown fox"])
        expect(wrap("a b c d", 3)).to_equal(["a b", "c d"])
        expect(wrap("exact fit", 9)).to_equal(["exact fit"])

    @it("splits long words into width-sized chunks")
    def _():
        expect(wrap("abcdefghij k", 4)).to_equal(["abcd", "efgh", "ij k"])
        expect(wrap("x abcdefgh", 4)).to_equal(["x", "abcd", "efgh"])

    @it("treats single newlines and runs of whitespace as spaces")
    def _():
        expect(wrap("one\ntwo   three\tfour", 9)).to_equal(["one two", "three", "four"])

    @it("keeps paragraph breaks as one empty line")
    def _():
        expect(wrap("first para\n\n\nsecond\n  \nthird", 20)).to_equal(["first para", "", "second", "", "third"])

    @it("returns nothing for blank text")
    def _():
        expect(wrap("", 5)).to_equal([])
        expect(wrap(" \n\n ", 5)).to_equal([])

    @it("validates the width")
    def _():
        expect(lambda: wrap("a", 0)).to_raise(ValueError)
        expect(lambda: wrap("a", 2.0)).to_raise(ValueError)
        expect(lambda: wrap("a", True)).to_raise(ValueError)

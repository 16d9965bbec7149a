from spec import describe, it, expect
from solution import top_words

with describe("top_words"):
    @it("counts words and orders them by count")
    def _():
        expect(top_words("b a b c b a", 3)).to_equal([("b", 3), ("a", 2), ("c", 1)])

    @it("breaks ties alphabetically")
    def _():
        expect(top_words("the cat and the hat", 2)).to_equal([("the", 2), ("and", 1)])
        expect(top_words("pear apple fig", 3)).to_equal([("apple", 1), ("fig", 1), ("pear", 1)])

    @it("ignores case and returns lower case")
    def _():
        expect(top_words("The THE the tHe", 1)).to_equal([("the", 4)])

    @it("splits on punctuation but keeps apostrophes and digits")
    def _():
        expect(top_words("don't stop, don't-stop! 4ever", 5)).to_equal([("don't", 2), ("stop", 2), ("4ever", 1)])

    @it("returns every word when there are fewer than n, and nothing for n == 0 or an empty text")
    def _():
        expect(top_words("one two", 10)).to_equal([("one", 1), ("two", 1)])
        expect(top_words("one two", 0)).to_equal([])
        expect(top_words("", 3)).to_equal([])
        expect(top_words(" ,;; ", 3)).to_equal([])

    @it("returns a list of tuples")
    def _():
        expect(top_words("a", 1)).to_equal([("a", 1)])
        expect(top_words("a", 1)).not_.to_equal([["a", 1]])

    @it("raises TypeError for a text that is not a string")
    def _():
        expect(lambda: top_words(None, 1)).to_raise(TypeError)
        expect(lambda: top_words(["a"], 1)).to_raise(TypeError)

    @it("raises ValueError for a negative or non-integer n")
    def _():
        expect(lambda: top_words("a", -1)).to_raise(ValueError)
        expect(lambda: top_words("a", 1.5)).to_raise(ValueError)
        expect(lambda: top_words("a", True)).to_raise(ValueError)

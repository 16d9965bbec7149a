from spec import describe, it, expect
from solution import encode, decode

with describe("encode"):
    @it("writes runs with counts, leaving out counts of one")
    def _():
        expect(encode("aaabcc")).to_be("3ab2c")
        expect(encode("abc")).to_be("abc")
        expect(encode("")).to_be("")

    @it("writes multi-digit counts and treats spaces as characters")
    def _():
        expect(encode("a" * 12 + "  b")).to_be("12a2 b")

    @it("refuses digits")
    def _():
        expect(lambda: encode("a1")).to_raise(ValueError)

with describe("decode"):
    @it("expands counts, including multi-digit ones")
    def _():
        expect(decode("3ab2c")).to_be("aaabcc")
        expect(decode("12a2 b")).to_be("a" * 12 + "  b")
        expect(decode("")).to_be("")

    @it("round-trips")
    def _():
        for text in ("wwwwaaadexxxxxx", "x", "  !!??", "ab" * 20):
            expect(decode(encode(text))).to_be(text)

    @it("refuses a trailing count and a zero count")
    def _():
        expect(lambda: decode("3a4")).to_raise(ValueError)
        expect(lambda: decode("0a")).to_raise(ValueError)
        expect(lambda: decode("00a")).to_raise(ValueError)

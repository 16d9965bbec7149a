from spec import describe, it, expect
from solution import to_roman, from_roman

with describe("to_roman"):
    @it("writes simple and subtractive numerals")
    def _():
        expect(to_roman(1)).to_be("I")
        expect(to_roman(4)).to_be("IV")
        expect(to_roman(9)).to_be("IX")
        expect(to_roman(14)).to_be("XIV")
        expect(to_roman(40)).to_be("XL")
        expect(to_roman(90)).to_be("XC")
        expect(to_roman(400)).to_be("CD")
        expect(to_roman(1994)).to_be("MCMXCIV")
        expect(to_roman(3999)).to_be("MMMCMXCIX")

    @it("refuses numbers outside 1..3999 with ValueError and non-ints with TypeError")
    def _():
        expect(lambda: to_roman(0)).to_raise(ValueError)
        expect(lambda: to_roman(4000)).to_raise(ValueError)
        expect(lambda: to_roman(-5)).to_raise(ValueError)
        expect(lambda: to_roman(2.0)).to_raise(TypeError)
        expect(lambda: to_roman(True)).to_raise(TypeError)

with describe("from_roman"):
    @it("reads canonical numerals")
    def _():
        expect(from_roman("III")).to_be(3)
        expect(from_roman("XLII")).to_be(42)
        expect(from_roman("MCMXCIV")).to_be(1994)
        expect(from_roman("MMMCMXCIX")).to_be(3999)

    @it("round-trips numbers across the whole range", timeout=4000)
    def _():
        for n in list(range(1, 60)) + list(range(60, 4000, 37)) + [3888, 3999]:
            expect(from_roman(to_roman(n))).to_be(n)

    @it("refuses non-canonical numerals")
    def _():
        for bad in ("IIII", "VV", "IC", "XM", "MMMM", "IIV", "VX", "LL", "DD", "XXXX", "CCCC"):
            expect(lambda: from_roman(bad)).to_raise(ValueError)

    @it("refuses empty, lower-case and foreign text")
    def _():
        for bad in ("", "xiv", "X I", "ABC", "12"):
            expect(lambda: from_roman(bad)).to_raise(ValueError)

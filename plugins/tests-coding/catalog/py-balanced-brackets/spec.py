from spec import describe, it, expect
from solution import check_brackets

with describe("check_brackets"):
    @it("accepts balanced text")
    def _():
        expect(check_brackets("a(b[c]d){e}")).to_be_none()
        expect(check_brackets("")).to_be_none()
        expect(check_brackets("no brackets")).to_be_none()

    @it("reports a mismatched or stray closing bracket")
    def _():
        expect(check_brackets("(]")).to_be(1)
        expect(check_brackets("a)")).to_be(1)
        expect(check_brackets("([)]")).to_be(2)

    @it("reports the innermost unclosed bracket at the end")
    def _():
        expect(check_brackets("((x)")).to_be(0)
        expect(check_brackets("[{(")).to_be(2)
        expect(check_brackets("( [ ] {")).to_be(6)

    @it("ignores brackets inside strings")
    def _():
        expect(check_brackets("(')')")).to_be_none()
        expect(check_brackets('["]"]')).to_be_none()

    @it("honours backslash escapes inside strings")
    def _():
        expect(check_brackets('("a\\"(")')).to_be_none()
        expect(check_brackets("'\\\\' )")).to_be(5)

    @it("reports an unterminated string at its opening quote")
    def _():
        expect(check_brackets("ab 'cd")).to_be(3)
        expect(check_brackets("( \"x")).to_be(2)

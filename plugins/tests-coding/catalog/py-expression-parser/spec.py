from spec import describe, it, expect
from solution import evaluate, ParseError

with describe("evaluate"):
    @it("follows precedence and left associativity")
    def _():
        expect(evaluate("1 + 2 * 3")).to_be(7)
        expect(evaluate("10 - 4 - 3")).to_be(3)
        expect(evaluate("(1 + 2) * 3")).to_be(9)
        expect(evaluate("7 % 3 + 8 % 5")).to_be(4)

    @it("divides to floats and keeps ints otherwise")
    def _():
        expect(evaluate("4 / 2")).to_be(2.0)
        expect(evaluate("2 * 3")).to_be(6)
        expect(evaluate("1.5 * 2")).to_be(3.0)
        expect(evaluate(".5 + 1")).to_be(1.5)

    @it("makes power right-associative and tighter than unary minus")
    def _():
        expect(evaluate("2 ** 3 ** 2")).to_be(512)
        expect(evaluate("-2 ** 2")).to_be(-4)
        expect(evaluate("(-2) ** 2")).to_be(4)
        expect(evaluate("2 ** -1")).to_be(0.5)

    @it("handles unary signs")
    def _():
        expect(evaluate("2 * -3")).to_be(-6)
        expect(evaluate("--4")).to_be(4)
        expect(evaluate("+5 - -5")).to_be(10)
        expect(evaluate("-7 % 3")).to_be(2)

    @it("ignores whitespace and nests parentheses")
    def _():
        expect(evaluate(" ( ( 1 ) ) +\t2 ")).to_be(3)

    @it("raises ParseError, a ValueError, for malformed input")
    def _():
        for bad in ("", "   ", "1 +", "* 2", "1 2", "(1 + 2", "1 + 2)", "2 $ 3", ".", "()", "1..2", "3 ** "):
            expect(lambda: evaluate(bad)).to_raise(ParseError)
        expect(lambda: evaluate("1 +")).to_raise(ValueError)

    @it("raises ZeroDivisionError for division and remainder by zero")
    def _():
        expect(lambda: evaluate("1 / 0")).to_raise(ZeroDivisionError)
        expect(lambda: evaluate("5 % (2 - 2)")).to_raise(ZeroDivisionError)

from spec import describe, it, expect
from solution import Ledger, parse_amount, format_cents

with describe("ledger in cents"):
    @it("parses amounts to cents")
    def _():
        expect(parse_amount("12.5")).to_be(1250)
        expect(parse_amount(" $12.50 ")).to_be(1250)
        expect(parse_amount("-$0.07")).to_be(-7)
        expect(parse_amount("-3")).to_be(-300)
        expect(parse_amount("0.1")).to_be(10)
        expect(parse_amount("0.29")).to_be(29)
        expect(parse_amount("1.15")).to_be(115)

    @it("refuses malformed amounts")
    def _():
        for bad in ("1.234", "abc", "1,000", "", "$", "--1", "1."):
            expect(lambda: parse_amount(bad)).to_raise(ValueError)
        expect(lambda: parse_amount(5)).to_raise(ValueError)

    @it("formats cents with separators and signs")
    def _():
        expect(format_cents(123456)).to_be("$1,234.56")
        expect(format_cents(-7)).to_be("-$0.07")
        expect(format_cents(0)).to_be("$0.00")
        expect(format_cents(100000000)).to_be("$1,000,000.00")

    @it("keeps exact integer totals")
    def _():
        ledger = Ledger()
        ledger.record("a", "0.1")
        ledger.record("b", "0.2")
        ledger.record("rent", "-1234.5")
        expect(ledger.balance()).to_be(-123420)
        expect(ledger.expenses()).to_be(123450)
        expect(ledger.entries[0]).to_equal(("a", 10))
        expect(ledger.summary()).to_be("balance: -$1,234.20, expenses: $1,234.50")

    @it("refuses zero entries")
    def _():
        ledger = Ledger()
        expect(lambda: ledger.record("nothing", "0.00")).to_raise(ValueError)
        expect(ledger.entries).to_equal([])

from decimal import Decimal
from spec import describe, it, expect, catch
from solution import load_rows, totals_by_category, monthly_totals, largest_category, ReportError

TEXT = """date, category, amount
2024-01-05, food, 12.50
2024-01-20, rent, 800

2024-02-01, food, 0.10
2024-02-03, food, 0.20
"""

with describe("expense report"):
    @it("converts amounts to Decimal and strips fields")
    def _():
        rows = load_rows(TEXT)
        expect(rows[0]).to_equal({"date": "2024-01-05", "category": "food", "amount": Decimal("12.50")})
        expect(len(rows)).to_be(4)

    @it("totals categories exactly")
    def _():
        totals = totals_by_category(load_rows(TEXT))
        expect(totals).to_equal({"food": Decimal("12.80"), "rent": Decimal("800")})

    @it("totals months exactly, sorted")
    def _():
        months = monthly_totals(load_rows(TEXT))
        expect(list(months.keys())).to_equal(["2024-01", "2024-02"])
        expect(months["2024-02"]).to_equal(Decimal("0.30"))

    @it("finds the largest category, alphabetically on a tie, None without rows")
    def _():
        expect(largest_category(load_rows(TEXT))).to_be("rent")
        tie = "date,category,amount\n2024-01-01,zoo,5\n2024-01-02,art,5\n"
        expect(largest_category(load_rows(tie))).to_be("art")
        expect(largest_category(load_rows(""))).to_be_none()
        expect(load_rows("")).to_equal([])

    @it("reports bad lines with their line numbers")
    def _():
        error = catch(lambda: load_rows("date,category,amount\n\n2024-01-01,food,abc\n"))
        expect(error.type_name).to_be("solution.ReportError")
        expect(error.line).to_be(3)
        error = catch(lambda: load_rows("date,category,amount\n2024-01-01,food\n"))
        expect(error.line).to_be(2)
        expect(lambda: load_rows("date,category,amount\n2024-01-01,food\n")).to_raise(ValueError)

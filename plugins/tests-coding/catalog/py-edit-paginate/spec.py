from spec import describe, it, expect
from solution import page_count, paginate, page_summary

records = list(range(25))

with describe("pagination"):
    @it("counts a partly filled last page")
    def _():
        expect(page_count(25, 10)).to_be(3)
        expect(page_count(20, 10)).to_be(2)
        expect(page_count(1, 10)).to_be(1)

    @it("has one page for no records")
    def _():
        expect(page_count(0, 10)).to_be(1)
        expect(paginate([], 1)).to_equal([])
        expect(page_summary([], 1)).to_be("0 of 0")

    @it("returns 1-based pages")
    def _():
        expect(paginate(records, 1)).to_equal(list(range(10)))
        expect(paginate(records, 2)).to_equal(list(range(10, 20)))
        expect(paginate(records, 3)).to_equal([20, 21, 22, 23, 24])

    @it("keeps the summary format")
    def _():
        expect(page_summary(records, 2)).to_be("11-20 of 25")
        expect(page_summary(records, 3)).to_be("21-25 of 25")
        expect(page_summary(records, 1, 5)).to_be("1-5 of 25")

    @it("keeps its errors")
    def _():
        expect(lambda: paginate(records, 0)).to_raise(IndexError)
        expect(lambda: paginate(records, 4)).to_raise(IndexError)
        expect(lambda: page_count(5, 0)).to_raise(ValueError)

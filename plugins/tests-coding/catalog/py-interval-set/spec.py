from spec import describe, it, expect
from solution import IntervalSet

with describe("IntervalSet"):
    @it("adds disjoint intervals in sorted order")
    def _():
        s = IntervalSet()
        s.add(10, 12)
        s.add(1, 3)
        expect(s.intervals()).to_equal([(1, 3), (10, 12)])
        expect(len(s)).to_be(4)

    @it("merges overlapping and touching intervals")
    def _():
        s = IntervalSet()
        s.add(1, 3)
        s.add(3, 5)
        expect(s.intervals()).to_equal([(1, 5)])
        s.add(8, 9)
        s.add(0, 20)
        expect(s.intervals()).to_equal([(0, 20)])

    @it("does not merge intervals with a gap")
    def _():
        s = IntervalSet()
        s.add(1, 3)
        s.add(4, 6)
        expect(s.intervals()).to_equal([(1, 3), (4, 6)])
        expect(s.contains(3)).to_be(False)
        expect(s.contains(4)).to_be(True)

    @it("removes ranges, splitting intervals")
    def _():
        s = IntervalSet()
        s.add(0, 10)
        s.remove(3, 5)
        expect(s.intervals()).to_equal([(0, 3), (5, 10)])
        s.remove(-5, 1)
        s.remove(9, 50)
        expect(s.intervals()).to_equal([(1, 3), (5, 9)])
        expect(len(s)).to_be(6)

    @it("removes across several intervals")
    def _():
        s = IntervalSet()
        s.add(0, 2)
        s.add(4, 6)
        s.add(8, 10)
        s.remove(1, 9)
        expect(s.intervals()).to_equal([(0, 1), (9, 10)])

    @it("treats empty ranges as no-ops and validates bounds")
    def _():
        s = IntervalSet()
        s.add(5, 5)
        expect(s.intervals()).to_equal([])
        expect(lambda: s.add(3, 1)).to_raise(ValueError)
        expect(lambda: s.add(1.5, 2)).to_raise(ValueError)
        expect(lambda: s.remove(False, 2)).to_raise(ValueError)

from spec import describe, it, expect
from solution import island_sizes

with describe("island_sizes"):
    @it("measures islands, largest first")
    def _():
        grid = ["##..#", "#...#", "..#..", "....."]
        expect(island_sizes(grid)).to_equal([3, 2, 1])

    @it("does not connect diagonally")
    def _():
        expect(island_sizes(["#.", ".#"])).to_equal([1, 1])

    @it("returns nothing for no land or no grid")
    def _():
        expect(island_sizes([])).to_equal([])
        expect(island_sizes(["...", "..."])).to_equal([])

    @it("follows winding islands")
    def _():
        grid = ["#####", "....#", "###.#", "#...#", "#####"]
        expect(island_sizes(grid)).to_equal([17])

    @it("handles a large grid without recursion limits", timeout=3000)
    def _():
        expect(island_sizes(["#" * 300] * 300)).to_equal([90000])

    @it("refuses ragged rows and unknown characters")
    def _():
        expect(lambda: island_sizes(["##", "#"])).to_raise(ValueError)
        expect(lambda: island_sizes(["#x"])).to_raise(ValueError)

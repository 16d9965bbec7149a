from spec import describe, it, expect
from solution import shortest_path

GRAPH = [("a", "b", 1), ("b", "c", 2), ("a", "c", 5), ("c", "d", 1), ("b", "d", 7)]

with describe("shortest_path"):
    @it("finds the cheapest route and its path")
    def _():
        expect(shortest_path(GRAPH, "a", "d")).to_equal((4, ["a", "b", "c", "d"]))
        expect(shortest_path(GRAPH, "b", "d")).to_equal((3, ["b", "c", "d"]))

    @it("respects edge direction and returns None when unreachable")
    def _():
        expect(shortest_path(GRAPH, "d", "a")).to_be_none()
        expect(shortest_path(GRAPH, "a", "zz")).to_be_none()

    @it("returns a zero-length path to the start itself")
    def _():
        expect(shortest_path(GRAPH, "a", "a")).to_equal((0, ["a"]))
        expect(shortest_path([], "q", "q")).to_equal((0, ["q"]))

    @it("uses the cheapest of parallel edges")
    def _():
        expect(shortest_path([("a", "b", 5), ("a", "b", 2), ("b", "b", 0)], "a", "b")).to_equal((2, ["a", "b"]))

    @it("prefers fewer edges among equal costs")
    def _():
        edges = [("s", "a", 1), ("a", "t", 1), ("s", "t", 2), ("s", "b", 0), ("b", "c", 0), ("c", "t", 2)]
        expect(shortest_path(edges, "s", "t")).to_equal((2, ["s", "t"]))

    @it("prefers the lexicographically smallest path among equal costs and lengths")
    def _():
        edges = [("s", "y", 1), ("s", "x", 1), ("x", "t", 1), ("y", "t", 1)]
        expect(shortest_path(edges, "s", "t")).to_equal((2, ["s", "x", "t"]))
        edges2 = [("s", "b", 1), ("b", "z", 1), ("s", "c", 1), ("c", "a", 1), ("z", "t", 1), ("a", "t", 1)]
        expect(shortest_path(edges2, "s", "t")).to_equal((3, ["s", "b", "z", "t"]))

    @it("handles float weights and zero weights")
    def _():
        expect(shortest_path([("a", "b", 0.5), ("b", "c", 0.25), ("a", "c", 1)], "a", "c")).to_equal((0.75, ["a", "b", "c"]))

    @it("refuses negative weights")
    def _():
        expect(lambda: shortest_path([("a", "b", -1)], "a", "b")).to_raise(ValueError)

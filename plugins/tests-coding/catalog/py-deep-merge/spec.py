from spec import describe, it, expect
from solution import deep_merge

with describe("deep_merge"):
    @it("merges nested dicts and lets override win")
    def _():
        expect(deep_merge({"a": {"x": 1, "y": 2}, "b": [1]}, {"a": {"y": 3}, "b": [2]})).to_equal({"a": {"x": 1, "y": 3}, "b": [2]})

    @it("merges at any depth")
    def _():
        base = {"l1": {"l2": {"l3": {"keep": 1, "change": 1}}}}
        expect(deep_merge(base, {"l1": {"l2": {"l3": {"change": 2}, "new": True}}})).to_equal(
            {"l1": {"l2": {"l3": {"keep": 1, "change": 2}, "new": True}}})

    @it("replaces lists and mixed types")
    def _():
        expect(deep_merge({"a": [1, 2], "b": {"x": 1}, "c": 1}, {"a": [3], "b": 5, "c": {"y": 2}})).to_equal(
            {"a": [3], "b": 5, "c": {"y": 2}})

    @it("deletes keys set to None, at any depth")
    def _():
        expect(deep_merge({"a": 1, "b": {"c": 2, "d": 3}}, {"a": None, "b": {"c": None}, "z": None})).to_equal({"b": {"d": 3}})

    @it("keeps base order, then new keys")
    def _():
        expect(list(deep_merge({"b": 1, "a": 2}, {"c": 3, "a": 4}).keys())).to_equal(["b", "a", "c"])

    @it("keeps falsy values that are not None")
    def _():
        expect(deep_merge({"a": 1, "b": 1, "c": 1}, {"a": 0, "b": "", "c": False})).to_equal({"a": 0, "b": "", "c": False})

    @it("refuses non-dicts")
    def _():
        expect(lambda: deep_merge([], {})).to_raise(TypeError)
        expect(lambda: deep_merge({}, "x")).to_raise(TypeError)

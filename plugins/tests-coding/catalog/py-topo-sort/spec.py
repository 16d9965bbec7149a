from spec import describe, it, expect, catch
from solution import topo_sort, CycleError

def assert_cycle(deps, cycle):
    expect(type(cycle)).to_be(list)
    expect(len(cycle) >= 2).to_be_true()
    expect(cycle[0]).to_equal(cycle[-1])
    for first, then in zip(cycle, cycle[1:]):
        expect(then in deps.get(first, [])).to_be_true()

with describe("topo_sort"):
    @it("orders tasks after their dependencies")
    def _():
        expect(topo_sort({"b": ["a"], "c": ["a"], "d": ["c", "b"]})).to_equal(["a", "b", "c", "d"])

    @it("takes the alphabetically smallest ready task first")
    def _():
        expect(topo_sort({"z": [], "y": [], "m": ["z"], "a": ["m"]})).to_equal(["y", "z", "m", "a"])

    @it("includes tasks that only appear as dependencies, once each")
    def _():
        expect(topo_sort({"app": ["lib", "lib", "util"]})).to_equal(["lib", "util", "app"])
        expect(topo_sort({})).to_equal([])

    @it("raises CycleError, a ValueError, with a real cycle")
    def _():
        deps = {"a": ["b"], "b": ["c"], "c": ["a"], "d": []}
        expect(lambda: topo_sort(deps)).to_raise(CycleError)
        expect(lambda: topo_sort(deps)).to_raise(ValueError)
        assert_cycle(deps, catch(lambda: topo_sort(deps)).cycle)

    @it("reports a self-dependency as a two-entry cycle")
    def _():
        error = catch(lambda: topo_sort({"a": ["a"], "b": []}))
        expect(error.cycle).to_equal(["a", "a"])

    @it("finds a cycle behind acyclic parts")
    def _():
        deps = {"a": ["b"], "b": ["c", "x"], "c": ["d"], "d": ["b"], "x": []}
        assert_cycle(deps, catch(lambda: topo_sort(deps)).cycle)

    @it("does not modify its input")
    def _():
        deps = {"b": ["a"], "a": []}
        topo_sort(deps)
        expect(deps).to_equal({"b": ["a"], "a": []})

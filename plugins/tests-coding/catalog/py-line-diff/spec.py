from spec import describe, it, expect
from solution import diff_lines

def rebuild(ops):
    old = [line for op, line in ops if op in " -"]
    new = [line for op, line in ops if op in " +"]
    return old, new

with describe("diff_lines"):
    @it("marks a changed line as a deletion then an insertion")
    def _():
        expect(diff_lines(["a", "b", "c"], ["a", "x", "c"])).to_equal([(" ", "a"), ("-", "b"), ("+", "x"), (" ", "c")])

    @it("handles pure insertions and deletions")
    def _():
        expect(diff_lines([], ["a"])).to_equal([("+", "a")])
        expect(diff_lines(["a", "b"], [])).to_equal([("-", "a"), ("-", "b")])
        expect(diff_lines(["a", "c"], ["a", "b", "c"])).to_equal([(" ", "a"), ("+", "b"), (" ", "c")])
        expect(diff_lines([], [])).to_equal([])

    @it("keeps a longest common subsequence")
    def _():
        old = ["a", "b", "c", "a", "b", "b", "a"]
        new = ["c", "b", "a", "b", "a", "c"]
        ops = diff_lines(old, new)
        expect(len([1 for op, _ in ops if op == " "])).to_be(4)
        expect(rebuild(ops)).to_equal((old, new))

    @it("follows the documented tie-breaking")
    def _():
        expect(diff_lines(["x", "a"], ["a", "x"])).to_equal([("-", "x"), (" ", "a"), ("+", "x")])
        expect(diff_lines(["a", "b"], ["b", "a"])).to_equal([("-", "a"), (" ", "b"), ("+", "a")])

    @it("diffs 1,000-line inputs quickly", timeout=4000)
    def _():
        old = [f"line {i}" for i in range(1000)]
        new = [line for i, line in enumerate(old) if i % 7] + ["tail"]
        ops = diff_lines(old, new)
        expect(rebuild(ops)).to_equal((old, new))
        expect(len([1 for op, _ in ops if op == "-"])).to_be(143)

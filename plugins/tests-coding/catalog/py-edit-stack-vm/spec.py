from spec import describe, it, expect, catch
from solution import run, VMError

with describe("run"):
    @it("keeps the existing instructions")
    def _():
        expect(run(["push 7", "push 2", "sub", "dup", "mul", "push 1", "add"])).to_equal([26])

    @it("divides toward zero and swaps")
    def _():
        expect(run(["push 7", "push 2", "div"])).to_equal([3])
        expect(run(["push -7", "push 2", "div"])).to_equal([-3])
        expect(run(["push 7", "push -2", "div"])).to_equal([-3])
        expect(run(["push 1", "push 2", "swap"])).to_equal([2, 1])

    @it("loops with labels and conditional jumps")
    def _():
        program = ["push 3", "label loop", "push 1", "sub", "dup", "jz end", "jmp loop", "label end"]
        expect(run(program)).to_equal([0])

    @it("jumps forward and pops for jz either way")
    def _():
        expect(run(["push 5", "push 1", "jz skip", "push 9", "label skip"])).to_equal([5, 9])
        expect(run(["push 0", "jmp over", "push 1", "label over"])).to_equal([0])

    @it("ignores comments and blank lines")
    def _():
        expect(run(["# start", "push 2  # two", "", "push 3", "add # sum"])).to_equal([5])

    @it("reports errors with their instruction line")
    def _():
        cases = [
            (["push 1", "add"], 2),
            (["pop"], 1),
            (["push x"], 1),
            (["push 1", "push 0", "div"], 3),
            (["push 1 2"], 1),
            (["nop"], 1),
            (["", "jmp nowhere"], 2),
            (["label a", "push 1", "label a"], 3),
            (["push 1", "swap"], 2),
        ]
        for program, line in cases:
            error = catch(lambda: run(program))
            expect(error.type_name).to_be("solution.VMError")
            expect(error.line).to_be(line)

    @it("stops infinite loops")
    def _():
        error = catch(lambda: run(["label top", "jmp top"]))
        expect(error.type_name).to_be("solution.VMError")
        expect(error.line).to_be(1)

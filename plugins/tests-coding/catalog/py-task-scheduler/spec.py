from spec import describe, it, expect
from solution import schedule, ScheduleError

def t(duration, *after):
    return {"duration": duration, "after": list(after)}

with describe("schedule"):
    @it("runs a chain in order on one worker")
    def _():
        result = schedule({"a": t(2), "b": t(3, "a"), "c": t(1, "b")}, 1)
        expect(result).to_equal({"a": (0, 2), "b": (2, 5), "c": (5, 6)})

    @it("starts the task with the longest chain first")
    def _():
        result = schedule({"a": t(2), "b": t(1), "c": t(3, "b")}, 1)
        expect(result).to_equal({"b": (0, 1), "c": (1, 4), "a": (4, 6)})

    @it("ranks by the whole chain, not just the next task")
    def _():
        result = schedule({"x": t(3), "a": t(1), "b": t(1, "a"), "c": t(2, "b")}, 1)
        expect(result).to_equal({"a": (0, 1), "b": (1, 2), "x": (2, 5), "c": (5, 7)})

    @it("breaks priority ties alphabetically")
    def _():
        result = schedule({"y": t(2), "x": t(2), "z": t(2)}, 2)
        expect(result).to_equal({"x": (0, 2), "y": (0, 2), "z": (2, 4)})

    @it("uses free workers in parallel and waits for dependencies")
    def _():
        tasks = {"fetch": t(2), "lint": t(1), "build": t(3, "fetch"), "test": t(2, "build", "lint"), "docs": t(4)}
        expect(schedule(tasks, 2)).to_equal({
            "fetch": (0, 2), "docs": (0, 4), "build": (2, 5), "lint": (4, 5), "test": (5, 7),
        })

    @it("lets tasks after a zero-duration task start at the same time")
    def _():
        result = schedule({"gate": t(0), "a": t(2, "gate"), "b": t(1, "gate")}, 1)
        expect(result).to_equal({"gate": (0, 0), "a": (0, 2), "b": (2, 3)})

    @it("frees workers before assigning at each time")
    def _():
        result = schedule({"a": t(1), "b": t(1), "c": t(5)}, 2)
        expect(result).to_equal({"c": (0, 5), "a": (0, 1), "b": (1, 2)})

    @it("raises ScheduleError, a ValueError, for bad input")
    def _():
        expect(lambda: schedule({"a": t(1, "ghost")}, 1)).to_raise(ScheduleError)
        expect(lambda: schedule({"a": t(1, "b"), "b": t(1, "a")}, 1)).to_raise(ScheduleError)
        expect(lambda: schedule({"a": t(-1)}, 1)).to_raise(ScheduleError)
        expect(lambda: schedule({"a": t(1.5)}, 1)).to_raise(ScheduleError)
        expect(lambda: schedule({"a": t(True)}, 1)).to_raise(ScheduleError)
        expect(lambda: schedule({"a": t(1)}, 0)).to_raise(ValueError)

    @it("returns an empty schedule for no tasks")
    def _():
        expect(schedule({}, 3)).to_equal({})

from spec import describe, it, expect
from solution import EventBus

with describe("EventBus"):
    @it("calls handlers in order and counts them")
    def _():
        bus = EventBus()
        calls = []
        bus.on("x", lambda value: calls.append(("a", value)))
        bus.on("x", lambda value: calls.append(("b", value)))
        expect(bus.emit("x", 1)).to_be(2)
        expect(calls).to_equal([("a", 1), ("b", 1)])
        expect(bus.emit("nothing")).to_be(0)

    @it("unsubscribes through the function on() returns")
    def _():
        bus = EventBus()
        calls = []
        stop = bus.on("x", lambda: calls.append(1))
        stop()
        stop()
        expect(bus.emit("x")).to_be(0)
        expect(calls).to_equal([])
        expect(bus.listener_count("x")).to_be(0)

    @it("runs once handlers a single time")
    def _():
        bus = EventBus()
        calls = []
        bus.once("x", lambda: calls.append("once"))
        bus.on("x", lambda: calls.append("always"))
        expect(bus.listener_count("x")).to_be(2)
        bus.emit("x")
        bus.emit("x")
        expect(calls).to_equal(["once", "always", "always"])
        expect(bus.listener_count("x")).to_be(1)

    @it("does not re-run a once handler that emits its own event")
    def _():
        bus = EventBus()
        calls = []
        bus.once("x", lambda: calls.append("once") or bus.emit("x"))
        bus.emit("x")
        expect(calls).to_equal(["once"])

    @it("calls every handler registered when emit started, even if one unsubscribes during it")
    def _():
        bus = EventBus()
        calls = []
        holder = {}
        holder["stop"] = bus.on("x", lambda: calls.append("a") or holder["stop"]())
        bus.on("x", lambda: calls.append("b"))
        bus.emit("x")
        bus.emit("x")
        expect(calls).to_equal(["a", "b", "b"])

    @it("applies handlers added during an emit from the next emit on")
    def _():
        bus = EventBus()
        calls = []
        bus.on("x", lambda: calls.append("a") or bus.on("x", lambda: calls.append("late")))
        bus.emit("x")
        expect(calls).to_equal(["a"])

    @it("keeps off() removing one registration and runs duplicates once each")
    def _():
        bus = EventBus()
        calls = []
        def handler():
            calls.append(1)
        bus.on("x", handler)
        bus.on("x", handler)
        expect(bus.emit("x")).to_be(2)
        bus.off("x", handler)
        expect(bus.emit("x")).to_be(1)
        expect(calls).to_equal([1, 1, 1])

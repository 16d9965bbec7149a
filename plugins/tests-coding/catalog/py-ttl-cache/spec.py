from spec import describe, it, expect
from solution import TtlCache

def make(capacity=3, ttl=10):
    now = [0.0]
    return TtlCache(capacity, ttl, lambda: now[0]), now

with describe("TtlCache"):
    @it("stores and returns values before they expire")
    def _():
        cache, now = make()
        cache.set("a", 1)
        now[0] = 9.99
        expect(cache.get("a")).to_be(1)

    @it("expires entries exactly at set time plus ttl")
    def _():
        cache, now = make()
        cache.set("a", 1)
        now[0] = 10
        expect(cache.get("a")).to_be_none()
        expect(cache.get("a", "gone")).to_be("gone")
        expect(len(cache)).to_be(0)

    @it("honours per-entry ttl and resets expiry on set")
    def _():
        cache, now = make()
        cache.set("short", 1, ttl=2)
        cache.set("long", 2)
        now[0] = 5
        cache.set("long", 3)
        expect(cache.keys()).to_equal(["long"])
        now[0] = 14
        expect(cache.get("long")).to_be(3)

    @it("evicts the least recently used entry when full")
    def _():
        cache, now = make(capacity=2)
        cache.set("a", 1)
        cache.set("b", 2)
        cache.get("a")
        cache.set("c", 3)
        expect(cache.keys()).to_equal(["a", "c"])

    @it("drops expired entries before evicting live ones")
    def _():
        cache, now = make(capacity=2)
        cache.set("fresh", 2)
        cache.set("old", 1, ttl=1)
        now[0] = 1
        cache.set("new", 3)
        expect(cache.keys()).to_equal(["fresh", "new"])

    @it("replaces a present key without evicting")
    def _():
        cache, now = make(capacity=2)
        cache.set("a", 1)
        cache.set("b", 2)
        cache.set("a", 10)
        expect(cache.keys()).to_equal(["b", "a"])
        expect(cache.get("a")).to_be(10)

    @it("deletes only live entries")
    def _():
        cache, now = make()
        cache.set("a", 1)
        cache.set("b", 2, ttl=1)
        now[0] = 1
        expect(cache.delete("a")).to_be(True)
        expect(cache.delete("a")).to_be(False)
        expect(cache.delete("b")).to_be(False)

    @it("validates capacity and ttl")
    def _():
        clock = lambda: 0
        expect(lambda: TtlCache(0, 1, clock)).to_raise(ValueError)
        expect(lambda: TtlCache(1.5, 1, clock)).to_raise(ValueError)
        expect(lambda: TtlCache(1, 0, clock)).to_raise(ValueError)
        cache = TtlCache(1, 1, clock)
        expect(lambda: cache.set("a", 1, ttl=-1)).to_raise(ValueError)

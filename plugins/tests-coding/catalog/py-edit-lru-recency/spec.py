from spec import describe, it, expect
from solution import LRUCache

with describe("LRUCache"):
    @it("evicts the least recently used key")
    def _():
        cache = LRUCache(2)
        cache.put("a", 1)
        cache.put("b", 2)
        cache.get("a")
        cache.put("c", 3)
        expect("a" in cache).to_be(True)
        expect("b" in cache).to_be(False)
        expect(cache.keys()).to_equal(["a", "c"])

    @it("marks a key used when it is put again")
    def _():
        cache = LRUCache(2)
        cache.put("a", 1)
        cache.put("b", 2)
        cache.put("a", 10)
        cache.put("c", 3)
        expect(cache.keys()).to_equal(["a", "c"])
        expect(cache.get("a")).to_be(10)

    @it("peeks without changing recency or counters")
    def _():
        cache = LRUCache(2)
        cache.put("a", 1)
        cache.put("b", 2)
        expect(cache.peek("a")).to_be(1)
        expect(cache.peek("zz", "none")).to_be("none")
        cache.put("c", 3)
        expect(cache.keys()).to_equal(["b", "c"])
        expect((cache.hits, cache.misses)).to_equal((0, 0))

    @it("counts hits and misses, treating falsy values as present")
    def _():
        cache = LRUCache(3)
        cache.put("none", None)
        cache.put("zero", 0)
        expect(cache.get("none", "default")).to_be_none()
        expect(cache.get("zero")).to_be(0)
        expect(cache.get("missing")).to_be_none()
        expect((cache.hits, cache.misses)).to_equal((2, 1))

    @it("refuses a capacity below one")
    def _():
        expect(lambda: LRUCache(0)).to_raise(ValueError)
        expect(lambda: LRUCache(2.5)).to_raise(ValueError)

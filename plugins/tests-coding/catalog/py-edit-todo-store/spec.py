from spec import describe, it, expect
from solution import TodoStore

with describe("TodoStore"):
    @it("keeps tag lists apart between items")
    def _():
        store = TodoStore()
        first = store.add("one")
        second = store.add("two")
        store.tag(first, "home")
        expect(store.get(second)["tags"]).to_equal([])
        expect(store.get(first)["tags"]).to_equal(["home"])

    @it("keeps the caller's tag list apart from the item")
    def _():
        store = TodoStore()
        tags = ["a"]
        item = store.add("one", tags)
        store.tag(item, "b")
        expect(store.get(item)["tags"]).to_equal(["a", "b"])
        expect(store.add("two", ["a"])).to_be(2)

    @it("does not repeat tags")
    def _():
        store = TodoStore()
        item = store.add("one", ["x"])
        store.tag(item, "x")
        expect(store.get(item)["tags"]).to_equal(["x"])

    @it("returns items with all their fields")
    def _():
        store = TodoStore()
        item = store.add("one")
        expect(store.get(item)).to_equal({"id": 1, "title": "one", "done": False, "tags": [], "priority": "normal"})

    @it("orders open items by priority, then id")
    def _():
        store = TodoStore()
        store.add("a", priority="low")
        store.add("b")
        store.add("c", priority="high")
        store.add("d", priority="high")
        store.complete(4)
        expect([item["title"] for item in store.open_items()]).to_equal(["c", "b", "a"])

    @it("validates priorities and titles, stripping titles")
    def _():
        store = TodoStore()
        expect(lambda: store.add("x", priority="urgent")).to_raise(ValueError)
        expect(lambda: store.add("   ")).to_raise(ValueError)
        item = store.add("  trimmed  ")
        expect(store.get(item)["title"]).to_be("trimmed")

    @it("raises KeyError for unknown ids")
    def _():
        store = TodoStore()
        expect(lambda: store.get(99)).to_raise(KeyError)
        expect(lambda: store.complete(99)).to_raise(KeyError)
        expect(lambda: store.tag(99, "x")).to_raise(KeyError)

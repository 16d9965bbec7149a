from spec import describe, it, expect
from solution import resolve, set_value, PointerError

DOC = {"foo": ["bar", "baz"], "": 0, "a/b": 1, "m~n": 8, "nested": {"list": [{"x": 1}]}}

with describe("JSON pointer"):
    @it("resolves the RFC examples")
    def _():
        expect(resolve(DOC, "")).to_equal(DOC)
        expect(resolve(DOC, "/foo")).to_equal(["bar", "baz"])
        expect(resolve(DOC, "/foo/0")).to_be("bar")
        expect(resolve(DOC, "/")).to_be(0)
        expect(resolve(DOC, "/a~1b")).to_be(1)
        expect(resolve(DOC, "/m~0n")).to_be(8)
        expect(resolve(DOC, "/nested/list/0/x")).to_be(1)

    @it("decodes ~1 before ~0")
    def _():
        expect(resolve({"~1": "tilde-one", "/": "slash"}, "/~01")).to_be("tilde-one")

    @it("refuses bad pointers with PointerError, a LookupError")
    def _():
        for bad in ("foo", "/missing", "/foo/2", "/foo/01", "/foo/-", "/foo/x", "/foo/0/deeper"):
            expect(lambda: resolve(DOC, bad)).to_raise(PointerError)
        expect(lambda: resolve(DOC, "/missing")).to_raise(LookupError)

    @it("sets values in a new document")
    def _():
        updated = set_value(DOC, "/nested/list/0/x", 2)
        expect(resolve(updated, "/nested/list/0/x")).to_be(2)
        expect(resolve(DOC, "/nested/list/0/x")).to_be(1)
        expect(set_value({"a": 1}, "/b", 2)).to_equal({"a": 1, "b": 2})

    @it("replaces and appends list items")
    def _():
        expect(set_value({"l": [1, 2]}, "/l/1", 9)).to_equal({"l": [1, 9]})
        expect(set_value({"l": [1, 2]}, "/l/-", 3)).to_equal({"l": [1, 2, 3]})
        expect(lambda: set_value({"l": [1]}, "/l/5", 3)).to_raise(PointerError)

    @it("replaces the whole document and refuses missing parents")
    def _():
        expect(set_value({"a": 1}, "", [1])).to_equal([1])
        expect(lambda: set_value({"a": 1}, "/x/y", 1)).to_raise(PointerError)

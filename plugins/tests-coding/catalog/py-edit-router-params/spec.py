from spec import describe, it, expect
from solution import Router, RouteError

def router():
    r = Router()
    r.add("GET", "/users/<id:int>", "show_user")
    r.add("GET", "/users/me", "show_me")
    r.add("get", "/files/<name>", "show_file")
    r.add("POST", "/users", "create_user")
    return r

with describe("Router"):
    @it("matches exact paths and methods case-insensitively")
    def _():
        r = router()
        expect(r.match("post", "/users")).to_equal(("create_user", {}))
        expect(r.match("GET", "/users")).to_be_none()

    @it("captures typed parameters")
    def _():
        r = router()
        expect(r.match("GET", "/users/42")).to_equal(("show_user", {"id": 42}))
        expect(r.match("GET", "/users/abc")).to_be_none()
        expect(r.match("GET", "/files/a.txt")).to_equal(("show_file", {"name": "a.txt"}))

    @it("ignores extra slashes")
    def _():
        r = router()
        expect(r.match("GET", "//files/a.txt/")).to_equal(("show_file", {"name": "a.txt"}))
        expect(r.match("GET", "/files/")).to_be_none()

    @it("prefers more literal segments, then the first added")
    def _():
        r = router()
        expect(r.match("GET", "/users/me")).to_equal(("show_me", {}))
        r.add("GET", "/files/readme", "readme")
        expect(r.match("GET", "/files/readme")).to_equal(("readme", {}))
        r2 = Router()
        r2.add("GET", "/<a>/x", "first")
        r2.add("GET", "/y/<b>", "second")
        expect(r2.match("GET", "/y/x")).to_equal(("first", {"a": "y"}))

    @it("refuses bad parameters and duplicate routes")
    def _():
        r = router()
        expect(lambda: r.add("GET", "/a/<1x>", "h")).to_raise(RouteError)
        expect(lambda: r.add("GET", "/a/<x:float>", "h")).to_raise(RouteError)
        expect(lambda: r.add("GET", "/a/<x>/<x>", "h")).to_raise(RouteError)
        expect(lambda: r.add("get", "/users/<other:int>", "h")).to_raise(RouteError)
        expect(lambda: r.add("GET", "/a/<x:float>", "h")).to_raise(ValueError)
        r.add("GET", "/users/<name>", "by_name")
        expect(r.match("GET", "/users/bob")).to_equal(("by_name", {"name": "bob"}))

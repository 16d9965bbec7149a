from spec import describe, it, expect
from solution import search

with describe("search"):
    @it("finds literals leftmost")
    def _():
        expect(search("lo", "hello world")).to_equal((3, 5))
        expect(search("xyz", "hello")).to_be_none()
        expect(search("", "abc")).to_equal((0, 0))

    @it("matches any character except a newline with a dot")
    def _():
        expect(search("a.c", "xxabcxx")).to_equal((2, 5))
        expect(search("a.c", "a\nc")).to_be_none()

    @it("repeats greedily and backtracks")
    def _():
        expect(search("a*", "aaab")).to_equal((0, 3))
        expect(search("a*", "bbb")).to_equal((0, 0))
        expect(search("ba+", "xbaaa")).to_equal((1, 5))
        expect(search("colou?r", "my color")).to_equal((3, 8))
        expect(search("a.*b", "a1b2b3")).to_equal((0, 5))
        expect(search("a*ab", "aaab")).to_equal((0, 4))

    @it("anchors with ^ and $ only at the ends of the pattern")
    def _():
        expect(search("^ab", "cab")).to_be_none()
        expect(search("^ab", "abc")).to_equal((0, 2))
        expect(search("b$", "abab")).to_equal((3, 4))
        expect(search("a^b$", "xa^b")).to_equal((1, 4))
        expect(search("a$b", "xa$b")).to_equal((1, 4))
        expect(search("^$", "")).to_equal((0, 0))

    @it("treats escaped characters literally")
    def _():
        expect(search("\\.\\*", "a.*b")).to_equal((1, 3))
        expect(search("\\\\", "a\\b")).to_equal((1, 2))
        expect(search("\\$", "cost $5")).to_equal((5, 6))

    @it("refuses malformed patterns")
    def _():
        for bad in ("*a", "^+a", "a**", "a+?", "ab\\"):
            expect(lambda: search(bad, "aaa")).to_raise(ValueError)

    @it("does not backtrack exponentially", timeout=2000)
    def _():
        expect(search("a*" * 20 + "b", "a" * 40)).to_be_none()

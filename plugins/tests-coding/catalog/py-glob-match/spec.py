from spec import describe, it, expect
from solution import glob_match

with describe("glob_match"):
    @it("matches literals and ? exactly")
    def _():
        expect(glob_match("abc", "abc")).to_be(True)
        expect(glob_match("abc", "abcd")).to_be(False)
        expect(glob_match("a?c", "abc")).to_be(True)
        expect(glob_match("a?c", "ac")).to_be(False)
        expect(glob_match("ABC", "abc")).to_be(False)

    @it("keeps * and ? within a path segment")
    def _():
        expect(glob_match("src/*.py", "src/app.py")).to_be(True)
        expect(glob_match("src/*.py", "src/x/app.py")).to_be(False)
        expect(glob_match("a?b", "a/b")).to_be(False)
        expect(glob_match("*", "")).to_be(True)

    @it("lets ** cross segments")
    def _():
        expect(glob_match("src/**.py", "src/x/y/app.py")).to_be(True)
        expect(glob_match("**", "a/b/c")).to_be(True)
        expect(glob_match("a/***/z", "a/b/c/z")).to_be(True)

    @it("matches character classes, ranges and negation")
    def _():
        expect(glob_match("[abc]x", "bx")).to_be(True)
        expect(glob_match("[a-c]x", "dx")).to_be(False)
        expect(glob_match("[!a-c]?", "dz")).to_be(True)
        expect(glob_match("[!a-c]?", "az")).to_be(False)
        expect(glob_match("[!x]", "/")).to_be(False)

    @it("reads ] and - as members where literal")
    def _():
        expect(glob_match("[]a]", "]")).to_be(True)
        expect(glob_match("[!]]", "]")).to_be(False)
        expect(glob_match("[a-]", "-")).to_be(True)

    @it("treats an unclosed [ as a literal")
    def _():
        expect(glob_match("a[b", "a[b")).to_be(True)
        expect(glob_match("a[b", "ab")).to_be(False)

    @it("honours backslash escapes and refuses a trailing one")
    def _():
        expect(glob_match("\\*.txt", "*.txt")).to_be(True)
        expect(glob_match("\\*.txt", "a.txt")).to_be(False)
        expect(glob_match("\\[a]", "[a]")).to_be(True)
        expect(lambda: glob_match("abc\\", "abc")).to_raise(ValueError)

    @it("runs in polynomial time on many stars", timeout=1500)
    def _():
        expect(glob_match("a*" * 30 + "b", "a" * 60)).to_be(False)
        expect(glob_match("*a" * 30, "a" * 60)).to_be(True)

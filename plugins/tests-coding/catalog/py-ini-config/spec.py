from spec import describe, it, expect, catch
from solution import parse_ini, IniError

with describe("parse_ini"):
    @it("reads sections and keys with = and :")
    def _():
        text = "[server]\nhost = example.org\nport: 8080\n\n[Empty]\n"
        expect(parse_ini(text)).to_equal({"server": {"host": "example.org", "port": "8080"}, "Empty": {}})

    @it("puts keys before any section under the empty name and lower-cases keys")
    def _():
        expect(parse_ini("Name = x\n[a]\nKEY=1")).to_equal({"": {"name": "x"}, "a": {"key": "1"}})

    @it("splits at the first separator")
    def _():
        expect(parse_ini("url = http://h:80/a=b")).to_equal({"": {"url": "http://h:80/a=b"}})

    @it("skips comments and drops inline comments outside quotes")
    def _():
        text = "# top\n; also\n[s]\na = 1 # one\nb = \"x # y\"\nc = \"  spaced \"\nd = a#b"
        expect(parse_ini(text)).to_equal({"s": {"a": "1", "b": "x # y", "c": "  spaced ", "d": "a#b"}})

    @it("joins continuation lines")
    def _():
        text = "[s]\nlist = one\n  two\n\tthree\nnext = 2\r\n"
        expect(parse_ini(text)).to_equal({"s": {"list": "one\ntwo\nthree", "next": "2"}})

    @it("reports bad lines with their line numbers")
    def _():
        expect(catch(lambda: parse_ini("[s]\njust words")).line).to_be(2)
        expect(catch(lambda: parse_ini("[s\na=1")).line).to_be(1)
        expect(catch(lambda: parse_ini("  indented")).line).to_be(1)
        expect(catch(lambda: parse_ini("a=1\n\n  orphan")).line).to_be(3)
        expect(catch(lambda: parse_ini("= value")).line).to_be(1)
        expect(catch(lambda: parse_ini('a = "open')).line).to_be(1)

    @it("refuses duplicate keys and sections")
    def _():
        expect(catch(lambda: parse_ini("[s]\na=1\nA=2")).line).to_be(3)
        expect(catch(lambda: parse_ini("[s]\n[t]\n[s]")).line).to_be(3)
        expect(parse_ini("[s]\na=1\n[t]\na=2")).to_equal({"s": {"a": "1"}, "t": {"a": "2"}})

    @it("raises IniError as a ValueError")
    def _():
        expect(lambda: parse_ini("???")).to_raise(IniError)
        expect(lambda: parse_ini("???")).to_raise(ValueError)

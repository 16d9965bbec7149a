from spec import describe, it, expect
from solution import satisfies, check_all, parse_version

with describe("version checks"):
    @it("parses versions to int tuples without trailing zeros")
    def _():
        expect(parse_version("1.10.0")).to_equal((1, 10))
        expect(parse_version(" 2 ")).to_equal((2,))
        expect(parse_version("0.0")).to_equal((0,))
        for bad in ("1.a", "", "1..2", "-1"):
            expect(lambda: parse_version(bad)).to_raise(ValueError)

    @it("compares numerically")
    def _():
        expect(satisfies("1.10.0", ">=1.9")).to_be(True)
        expect(satisfies("1.9", ">=1.10")).to_be(False)
        expect(satisfies("2.0", "==2")).to_be(True)
        expect(satisfies("2.0.1", "!=2")).to_be(True)

    @it("combines clauses and ignores empty ones")
    def _():
        expect(satisfies("1.5", ">=1.2, <2")).to_be(True)
        expect(satisfies("2.0", ">=1.2,<2")).to_be(False)
        expect(satisfies("1.5", ">1.5,")).to_be(False)
        expect(satisfies("1.5", ">=1.2,")).to_be(True)

    @it("refuses bad versions and clauses")
    def _():
        expect(lambda: satisfies("x", ">=1")).to_raise(ValueError)
        expect(lambda: satisfies("1", "~=1")).to_raise(ValueError)

    @it("checks requirements case-insensitively")
    def _():
        installed = {"Django": "4.10", "requests": "2.9"}
        requirements = {"django": ">=4.2", "Requests": ">=2.10", "numpy": ">=1"}
        expect(check_all(installed, requirements)).to_equal(["Requests", "numpy"])

from spec import describe, it, expect
from solution import parse_version, compare_versions, sort_versions

with describe("semver"):
    @it("parses all parts")
    def _():
        expect(parse_version("1.0.0-rc.1+build.5")).to_equal((1, 0, 0, ("rc", 1), ("build", "5")))
        expect(parse_version("10.20.30")).to_equal((10, 20, 30, (), ()))
        expect(parse_version("1.2.3+001")).to_equal((1, 2, 3, (), ("001",)))
        expect(parse_version("1.2.3-x-y.0")).to_equal((1, 2, 3, ("x-y", 0), ()))

    @it("refuses invalid versions")
    def _():
        for bad in ("1.2", "v1.2.3", "1.2.3-", "1.2.3-01", "1.2.3-a..b", "1.2.3+", " 1.2.3", "01.2.3", "1.2.3-a_b", "1.2.3.4"):
            expect(lambda: parse_version(bad)).to_raise(ValueError)

    @it("compares numbers numerically")
    def _():
        expect(compare_versions("1.10.0", "1.9.0")).to_be(1)
        expect(compare_versions("2.0.0", "10.0.0")).to_be(-1)
        expect(compare_versions("1.2.3", "1.2.3")).to_be(0)

    @it("puts prereleases below releases")
    def _():
        expect(compare_versions("1.0.0-rc.1", "1.0.0")).to_be(-1)
        expect(compare_versions("1.0.0", "1.0.0-rc.1")).to_be(1)

    @it("orders prerelease identifiers by the SemVer rules")
    def _():
        chain = ["1.0.0-alpha", "1.0.0-alpha.1", "1.0.0-alpha.beta", "1.0.0-beta", "1.0.0-beta.2", "1.0.0-beta.11", "1.0.0-rc.1", "1.0.0"]
        for lower, higher in zip(chain, chain[1:]):
            expect(compare_versions(lower, higher)).to_be(-1)
            expect(compare_versions(higher, lower)).to_be(1)

    @it("ignores build metadata")
    def _():
        expect(compare_versions("1.0.0+a", "1.0.0+b")).to_be(0)

    @it("sorts stably into a new list")
    def _():
        versions = ["1.0.0", "1.0.0-beta.11", "0.9.0", "1.0.0+z", "1.0.0-beta.2"]
        expect(sort_versions(versions)).to_equal(["0.9.0", "1.0.0-beta.2", "1.0.0-beta.11", "1.0.0", "1.0.0+z"])
        expect(sort_versions(["1.0.0+z", "1.0.0"])).to_equal(["1.0.0+z", "1.0.0"])

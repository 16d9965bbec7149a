from spec import describe, it, expect
from solution import parse_duration, format_duration

with describe("durations"):
    @it("parses parts in order with or without spaces, in any case")
    def _():
        expect(parse_duration("1h30m")).to_be(5400)
        expect(parse_duration("2D 4h")).to_be(187200)
        expect(parse_duration(" 1w 0d 1s ")).to_be(604801)
        expect(parse_duration("0s")).to_be(0)
        expect(parse_duration("007m")).to_be(420)

    @it("refuses malformed durations")
    def _():
        for bad in ("", "5", "h", "1x", "1.5h", "30m1h", "1h1h", "1 h", "-1s", "1h 30"):
            expect(lambda: parse_duration(bad)).to_raise(ValueError)

    @it("formats largest units first, without zero parts")
    def _():
        expect(format_duration(5400)).to_be("1h30m")
        expect(format_duration(691261)).to_be("1w1d1m1s")
        expect(format_duration(0)).to_be("0s")
        expect(format_duration(59)).to_be("59s")

    @it("round-trips")
    def _():
        for n in (1, 61, 3600, 90061, 1209600, 7777777):
            expect(parse_duration(format_duration(n))).to_be(n)

    @it("refuses negative and non-int seconds")
    def _():
        expect(lambda: format_duration(-1)).to_raise(ValueError)
        expect(lambda: format_duration(1.5)).to_raise(ValueError)
        expect(lambda: format_duration(True)).to_raise(ValueError)

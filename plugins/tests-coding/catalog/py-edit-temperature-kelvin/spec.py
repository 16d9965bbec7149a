from spec import describe, it, expect
from solution import convert, WeatherLog

with describe("temperatures"):
    @it("converts between C and F as before")
    def _():
        expect(convert(100, "C", "F")).to_be_close_to(212)
        expect(convert(212, "F", "C")).to_be_close_to(100)
        expect(convert(21, "C", "C")).to_be(21)

    @it("converts to and from Kelvin")
    def _():
        expect(convert(0, "C", "K")).to_be_close_to(273.15)
        expect(convert(273.15, "K", "C")).to_be_close_to(0)
        expect(convert(32, "F", "K")).to_be_close_to(273.15)
        expect(convert(0, "K", "F")).to_be_close_to(-459.67)

    @it("accepts units in any case")
    def _():
        expect(convert(0, "c", "k")).to_be_close_to(273.15)
        log = WeatherLog("f")
        expect(log.unit).to_be("F")

    @it("refuses temperatures below absolute zero but accepts it exactly")
    def _():
        expect(lambda: convert(-1, "K", "C")).to_raise(ValueError)
        expect(lambda: convert(-300, "C", "F")).to_raise(ValueError)
        expect(lambda: convert(-460, "F", "F")).to_raise(ValueError)
        expect(convert(-273.15, "C", "K")).to_be_close_to(0)

    @it("validates log units and readings")
    def _():
        expect(lambda: WeatherLog("X")).to_raise(ValueError)
        log = WeatherLog("C")
        expect(lambda: log.record(-500)).to_raise(ValueError)
        expect(lambda: log.record(1, "Q")).to_raise(ValueError)
        expect(log.readings).to_equal([])

    @it("averages readings in the log's unit, None when empty")
    def _():
        log = WeatherLog("K")
        expect(log.average()).to_be_none()
        log.record(0, "C")
        log.record(275.15)
        expect(log.average()).to_be_close_to(274.15)

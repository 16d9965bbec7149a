from spec import describe, it, expect, catch
from solution import load_settings, SettingsError, DEFAULTS

with describe("load_settings"):
    @it("returns a copy of the defaults and never changes them")
    def _():
        expect(load_settings({"port": 9000})["port"]).to_be(9000)
        expect(load_settings()["port"]).to_be(8000)
        expect(DEFAULTS["port"]).to_be(8000)

    @it("reads APP_ variables converted to the default's type")
    def _():
        env = {"APP_PORT": " 8080 ", "APP_TIMEOUT": "2.5", "APP_HOST": "0.0.0.0", "HOME": "/root", "APP_UNKNOWN": "x"}
        settings = load_settings(env=env)
        expect(settings["port"]).to_be(8080)
        expect(settings["timeout"]).to_be(2.5)
        expect(settings["host"]).to_be("0.0.0.0")
        expect("unknown" in settings).to_be(False)
        expect("home" in settings).to_be(False)

    @it("reads booleans in any case")
    def _():
        for raw, value in (("yes", True), ("ON", True), (" 1 ", True), ("False", False), ("off", False), ("0", False)):
            expect(load_settings(env={"APP_DEBUG": raw})["debug"]).to_be(value)

    @it("refuses values that do not convert with SettingsError, a ValueError")
    def _():
        expect(lambda: load_settings(env={"APP_PORT": "eighty"})).to_raise(SettingsError)
        expect(lambda: load_settings(env={"APP_DEBUG": "maybe"})).to_raise(ValueError)
        expect(lambda: load_settings(env={"APP_WORKERS": "2.5"})).to_raise(SettingsError)

    @it("lets overrides win over the environment")
    def _():
        settings = load_settings({"workers": 8}, env={"APP_WORKERS": "4", "APP_PORT": "1"})
        expect(settings["workers"]).to_be(8)
        expect(settings["port"]).to_be(1)

    @it("refuses unknown override keys")
    def _():
        expect(lambda: load_settings({"colour": "red"})).to_raise(SettingsError)

import { applyEnv, ConfigError } from "./solution";

const defaults = { port: 3000, debug: true, name: "app", ratio: 1 };

describe("applyEnv", () => {
  it("reads false as false", () => {
    expect(applyEnv(defaults, { APP_DEBUG: "false" }).debug).toBe(false);
    expect(applyEnv(defaults, { APP_DEBUG: " OFF " }).debug).toBe(false);
    expect(applyEnv(defaults, { APP_DEBUG: "0" }).debug).toBe(false);
    expect(applyEnv({ ...defaults, debug: false }, { APP_DEBUG: "Yes" }).debug).toBe(true);
  });
  it("reads numbers", () => {
    expect(applyEnv(defaults, { APP_PORT: " 8080 ", APP_RATIO: "1e-1" })).toMatchObject({
      port: 8080,
      ratio: 0.1,
    });
  });
  it("throws ConfigError naming the variable for bad numbers and booleans", () => {
    for (const env of [
      { APP_PORT: "80a" },
      { APP_PORT: "" },
      { APP_PORT: "  " },
      { APP_RATIO: "Infinity" },
      { APP_DEBUG: "maybe" },
    ]) {
      expect(() => applyEnv(defaults, env)).toThrow(ConfigError);
    }
    expect(() => applyEnv(defaults, { APP_PORT: "80a" })).toThrow("APP_PORT");
    expect(() => applyEnv(defaults, { APP_PORT: "80a" })).toThrow("80a");
  });
  it("takes strings as they are and keeps unset defaults", () => {
    const result = applyEnv(defaults, { APP_NAME: "", APP_PORT: undefined });
    expect(result).toEqual({ port: 3000, debug: true, name: "", ratio: 1 });
  });
  it("does not modify the defaults", () => {
    const copy = { ...defaults };
    applyEnv(copy, { APP_PORT: "1" });
    expect(copy).toEqual(defaults);
  });
});

import { formatDuration, parseDuration } from "./solution";

describe("parseDuration", () => {
  it("adds up parts from days down to milliseconds", () => {
    expect(parseDuration("1h 30m")).toBe(5_400_000);
    expect(parseDuration("2d")).toBe(172_800_000);
    expect(parseDuration("1d 1h 1m 1s 1ms")).toBe(90_061_001);
    expect(parseDuration("250ms")).toBe(250);
  });

  it("accepts parts with or without whitespace between them, and around the text", () => {
    expect(parseDuration("1h30m")).toBe(5_400_000);
    expect(parseDuration("  2d4h  ")).toBe(187_200_000);
    expect(parseDuration("1h \t 5s")).toBe(3_605_000);
  });

  it("tells m from ms", () => {
    expect(parseDuration("1m5ms")).toBe(60_005);
    expect(parseDuration("5ms")).toBe(5);
    expect(parseDuration("1m 1ms")).toBe(60_001);
  });

  it("accepts decimals and rounds to whole milliseconds", () => {
    expect(parseDuration("1.5s")).toBe(1_500);
    expect(parseDuration("0.25h")).toBe(900_000);
    expect(parseDuration("1.0005s")).toBe(1_001);
    expect(parseDuration("0.4ms")).toBe(0);
  });

  it("accepts zero parts", () => {
    expect(parseDuration("0s")).toBe(0);
    expect(parseDuration("0h 5m")).toBe(300_000);
  });

  it("throws a SyntaxError for parts out of order or repeated", () => {
    for (const bad of ["30m 1h", "1h 1h", "5ms 1s", "1s1s"])
      expect(() => parseDuration(bad)).toThrow(SyntaxError);
  });

  it("throws a SyntaxError for text that is not a duration", () => {
    for (const bad of [
      "",
      "   ",
      "1 h",
      "1hour",
      "h",
      "-1h",
      "+1h",
      "1.h",
      ".5h",
      "1e3ms",
      "1h,30m",
      "1h x",
      "10",
    ]) {
      expect(() => parseDuration(bad)).toThrow(SyntaxError);
    }
  });
});

describe("formatDuration", () => {
  it("writes the non-zero parts, largest first", () => {
    expect(formatDuration(5_400_000)).toBe("1h 30m");
    expect(formatDuration(90_061_001)).toBe("1d 1h 1m 1s 1ms");
    expect(formatDuration(86_400_000)).toBe("1d");
    expect(formatDuration(60_005)).toBe("1m 5ms");
    expect(formatDuration(999)).toBe("999ms");
  });

  it("writes 0 as 0ms", () => {
    expect(formatDuration(0)).toBe("0ms");
  });

  it("round-trips through parseDuration", () => {
    for (const n of [0, 1, 59_999, 60_000, 3_723_004, 1_000_000_000, 86_399_999]) {
      expect(parseDuration(formatDuration(n))).toBe(n);
    }
  });

  it("throws a RangeError for anything but a non-negative integer", () => {
    for (const bad of [-1, 1.5, Number.NaN, Number.POSITIVE_INFINITY])
      expect(() => formatDuration(bad)).toThrow(RangeError);
  });
});

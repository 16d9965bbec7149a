import { formatDuration } from "./solution";

describe("formatDuration", () => {
  it("rounds before splitting into units", () => {
    expect(formatDuration(119_700)).toBe("2m");
    expect(formatDuration(3_599_600)).toBe("1h");
    expect(formatDuration(59_499)).toBe("59s");
    expect(formatDuration(1500)).toBe("2s");
  });
  it("writes days, hours, minutes and seconds, leaving out zeros", () => {
    expect(formatDuration(90_061_000)).toBe("1d 1h 1m 1s");
    expect(formatDuration(3_600_000)).toBe("1h");
    expect(formatDuration(3_601_000)).toBe("1h 1s");
    expect(formatDuration(2 * 86_400_000)).toBe("2d");
  });
  it("writes 0s for less than half a second", () => {
    expect(formatDuration(0)).toBe("0s");
    expect(formatDuration(499)).toBe("0s");
  });
  it("throws a RangeError for negative or non-finite durations", () => {
    expect(() => formatDuration(-1)).toThrow(RangeError);
    expect(() => formatDuration(Number.NaN)).toThrow(RangeError);
    expect(() => formatDuration(Number.POSITIVE_INFINITY)).toThrow(RangeError);
  });
});

import { parseDuration } from "./solution";

describe("parseDuration", () => {
  it("adds up compound durations", () => {
    expect(parseDuration("1h30m")).toBe(5_400_000);
    expect(parseDuration("2d4h")).toBe(187_200_000);
    expect(parseDuration("1m0.5s")).toBe(60_500);
  });
  it("reads ms before m", () => {
    expect(parseDuration("500ms")).toBe(500);
    expect(parseDuration("1s250ms")).toBe(1250);
  });
  it("rounds and trims", () => {
    expect(parseDuration(" 1.0004s ")).toBe(1000);
    expect(parseDuration("0.5ms")).toBe(1);
  });
  it("throws a SyntaxError for anything else", () => {
    for (const bad of ["", " ", "30", "5w", "-5s", "1h 30m", "30m1h", "1m1m", "h", "1.s", "+1s"]) {
      expect(() => parseDuration(bad)).toThrow(SyntaxError);
    }
  });
});

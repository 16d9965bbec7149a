import { convert } from "./solution";

describe("convert", () => {
  it("converts Kelvin both ways", () => {
    expect(convert(0, "K", "C")).toBeCloseTo(-273.15, 9);
    expect(convert(100, "C", "K")).toBeCloseTo(373.15, 9);
    expect(convert(32, "F", "K")).toBeCloseTo(273.15, 9);
  });
  it("converts Rankine", () => {
    expect(convert(0, "C", "R")).toBeCloseTo(491.67, 9);
    expect(convert(0, "R", "K")).toBeCloseTo(0, 9);
    expect(convert(100, "F", "R")).toBeCloseTo(559.67, 9);
    expect(convert(671.67, "R", "C")).toBeCloseTo(100, 9);
  });
  it("keeps Celsius and Fahrenheit", () => {
    expect(convert(100, "C", "F")).toBeCloseTo(212, 9);
    expect(convert(-40, "F", "C")).toBeCloseTo(-40, 9);
  });
  it("throws a RangeError below absolute zero or for non-finite values", () => {
    expect(() => convert(-1, "K", "C")).toThrow(RangeError);
    expect(() => convert(-300, "C", "F")).toThrow(RangeError);
    expect(() => convert(-500, "F", "C")).toThrow(RangeError);
    expect(() => convert(-0.5, "R", "K")).toThrow(RangeError);
    expect(() => convert(Number.NaN, "C", "F")).toThrow(RangeError);
    expect(convert(-273.15, "C", "K")).toBeCloseTo(0, 9);
  });
});

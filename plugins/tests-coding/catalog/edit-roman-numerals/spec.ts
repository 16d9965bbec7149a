import { fromRoman, toRoman } from "./solution";

describe("toRoman", () => {
  it("writes subtractive forms", () => {
    expect(toRoman(4)).toBe("IV");
    expect(toRoman(9)).toBe("IX");
    expect(toRoman(40)).toBe("XL");
    expect(toRoman(90)).toBe("XC");
    expect(toRoman(400)).toBe("CD");
    expect(toRoman(900)).toBe("CM");
    expect(toRoman(1994)).toBe("MCMXCIV");
    expect(toRoman(3999)).toBe("MMMCMXCIX");
    expect(toRoman(8)).toBe("VIII");
  });
  it("throws a RangeError outside 1..3999", () => {
    for (const bad of [0, -1, 4000, 2.5, Number.NaN]) expect(() => toRoman(bad)).toThrow(RangeError);
  });
});

describe("fromRoman", () => {
  it("reads canonical numerals", () => {
    expect(fromRoman("MCMXCIV")).toBe(1994);
    expect(fromRoman("XLII")).toBe(42);
    expect(fromRoman("III")).toBe(3);
  });
  it("round-trips every number", () => {
    for (let n = 1; n <= 3999; n += 7) expect(fromRoman(toRoman(n))).toBe(n);
  });
  it("throws a SyntaxError for non-canonical or invalid text", () => {
    for (const bad of ["", "IIII", "VV", "IC", "MMMM", "ABC", "xiv", "IIV", "XM"]) {
      expect(() => fromRoman(bad)).toThrow(SyntaxError);
    }
  });
});

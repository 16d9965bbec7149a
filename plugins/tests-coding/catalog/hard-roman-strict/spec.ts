import { fromRoman, toRoman } from "./solution";

const KNOWN: [number, string][] = [
  [1, "I"],
  [3, "III"],
  [4, "IV"],
  [9, "IX"],
  [14, "XIV"],
  [40, "XL"],
  [90, "XC"],
  [400, "CD"],
  [900, "CM"],
  [1994, "MCMXCIV"],
  [2024, "MMXXIV"],
  [3888, "MMMDCCCLXXXVIII"],
  [3999, "MMMCMXCIX"],
];

describe("toRoman", () => {
  it("writes standard numerals with the subtractive forms", () => {
    for (const [n, roman] of KNOWN) expect(toRoman(n)).toBe(roman);
  });

  it("throws a RangeError outside 1 to 3999 or for a non-integer", () => {
    for (const bad of [0, -1, 4000, 1.5, Number.NaN]) expect(() => toRoman(bad)).toThrow(RangeError);
  });
});

describe("fromRoman", () => {
  it("reads standard numerals", () => {
    for (const [n, roman] of KNOWN) expect(fromRoman(roman)).toBe(n);
    expect(fromRoman("XLII")).toBe(42);
  });

  it("reads back every numeral toRoman writes", () => {
    for (let n = 1; n <= 3999; n++) {
      if (fromRoman(toRoman(n)) !== n)
        expect({ n, roman: toRoman(n), read: fromRoman(toRoman(n)) }).toBeNull();
    }
  });

  it("throws a SyntaxError for repeated letters beyond the rules", () => {
    for (const bad of ["IIII", "VV", "XXXX", "LL", "DD", "MMMM", "CCCC"])
      expect(() => fromRoman(bad)).toThrow(SyntaxError);
  });

  it("throws a SyntaxError for non-standard subtractive pairs and wrong order", () => {
    for (const bad of ["IC", "IL", "XM", "VX", "IIV", "XCX", "CMM", "IXI", "VIV", "XD"]) {
      expect(() => fromRoman(bad)).toThrow(SyntaxError);
    }
  });

  it("throws a SyntaxError for empty, lowercase, spaced or foreign text", () => {
    for (const bad of ["", "iv", "Xi", " IV", "IV ", "I V", "ABC", "4"])
      expect(() => fromRoman(bad)).toThrow(SyntaxError);
  });
});

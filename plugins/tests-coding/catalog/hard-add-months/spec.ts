import { addMonths, isLeapYear } from "./solution";

describe("isLeapYear", () => {
  it("follows the Gregorian rules", () => {
    expect([2024, 2000, 1600, 4].map(isLeapYear)).toEqual([true, true, true, true]);
    expect([2023, 1900, 2100, 1].map(isLeapYear)).toEqual([false, false, false, false]);
  });
});

describe("addMonths", () => {
  it("moves the same day forward and back", () => {
    expect(addMonths("2024-01-15", 1)).toBe("2024-02-15");
    expect(addMonths("2024-01-15", 0)).toBe("2024-01-15");
    expect(addMonths("2024-01-15", 12)).toBe("2025-01-15");
    expect(addMonths("2024-11-30", 3)).toBe("2025-02-28");
  });

  it("crosses years backwards", () => {
    expect(addMonths("2024-01-15", -1)).toBe("2023-12-15");
    expect(addMonths("2024-01-15", -13)).toBe("2022-12-15");
    expect(addMonths("2024-03-15", -27)).toBe("2021-12-15");
    expect(addMonths("2024-12-01", -12)).toBe("2023-12-01");
  });

  it("clamps to the last day of a shorter month", () => {
    expect(addMonths("2024-01-31", 1)).toBe("2024-02-29");
    expect(addMonths("2023-01-31", 1)).toBe("2023-02-28");
    expect(addMonths("2024-03-31", -1)).toBe("2024-02-29");
    expect(addMonths("2024-05-31", 1)).toBe("2024-06-30");
  });

  it("clamps the result only, from the original day", () => {
    expect(addMonths("2024-01-31", 2)).toBe("2024-03-31");
    expect(addMonths("2024-01-30", 1)).toBe("2024-02-29");
  });

  it("knows leap years when clamping", () => {
    expect(addMonths("2000-02-29", 12)).toBe("2001-02-28");
    expect(addMonths("2000-01-31", 1)).toBe("2000-02-29");
    expect(addMonths("1900-01-31", 1)).toBe("1900-02-28");
    expect(addMonths("2100-01-29", 1)).toBe("2100-02-28");
    expect(addMonths("2096-02-29", 48)).toBe("2100-02-28");
  });

  it("pads years, months and days with zeros", () => {
    expect(addMonths("0999-12-31", 1)).toBe("1000-01-31");
    expect(addMonths("0001-01-01", 0)).toBe("0001-01-01");
    expect(addMonths("0099-09-09", -1)).toBe("0099-08-09");
  });

  it("throws a RangeError for a string that is not a real date", () => {
    for (const bad of [
      "2023-02-29",
      "2024-13-01",
      "2024-00-10",
      "2024-01-32",
      "2024-04-31",
      "2024-1-5",
      "24-01-05",
      "0000-01-01",
      "2024-01-05T00:00",
      "not a date",
      "",
    ]) {
      expect(() => addMonths(bad, 1)).toThrow(RangeError);
    }
  });

  it("throws a RangeError for months that are not an integer or a result outside 0001-9999", () => {
    expect(() => addMonths("2024-01-15", 1.5)).toThrow(RangeError);
    expect(() => addMonths("2024-01-15", Number.NaN)).toThrow(RangeError);
    expect(() => addMonths("0001-01-15", -1)).toThrow(RangeError);
    expect(() => addMonths("9999-12-01", 1)).toThrow(RangeError);
    expect(addMonths("9999-11-30", 1)).toBe("9999-12-30");
  });
});

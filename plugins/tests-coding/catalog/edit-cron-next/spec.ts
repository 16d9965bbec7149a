import { CronError, nextRun, parseField } from "./solution";

describe("parseField", () => {
  it("reads stars, numbers, ranges and lists", () => {
    expect(parseField("*", 0, 5)).toEqual([0, 1, 2, 3, 4, 5]);
    expect(parseField("7", 0, 59)).toEqual([7]);
    expect(parseField("1-3", 0, 59)).toEqual([1, 2, 3]);
    expect(parseField("5,1-3,2", 0, 59)).toEqual([1, 2, 3, 5]);
  });
  it("reads steps", () => {
    expect(parseField("*/15", 0, 59)).toEqual([0, 15, 30, 45]);
    expect(parseField("10-30/10", 0, 59)).toEqual([10, 20, 30]);
    expect(parseField("50/5", 0, 59)).toEqual([50, 55]);
    expect(parseField("*/7", 0, 23)).toEqual([0, 7, 14, 21]);
  });
  it("throws CronError for bad fields", () => {
    for (const bad of [
      "",
      "1,",
      "60",
      "-1",
      "5-2",
      "*/0",
      "*/",
      "1/2/3",
      "a",
      "+5",
      " 5",
      "1e1",
      "1-2-3",
      "*/61",
    ]) {
      expect(() => parseField(bad, 0, 59)).toThrow(CronError);
    }
  });
});

describe("nextRun", () => {
  it("finds the next matching minute with steps and ranges", () => {
    expect(nextRun("*/15 9-17", 9 * 60 + 50)).toBe(10 * 60);
    expect(nextRun("0,30 12", 12 * 60)).toBe(12 * 60 + 30);
  });
  it("wraps past midnight", () => {
    expect(nextRun("0 9-17/4", 17 * 60 + 1)).toBe(9 * 60);
  });
  it("accepts extra whitespace and insists on two fields", () => {
    expect(nextRun("  5   1 ", 0)).toBe(65);
    expect(() => nextRun("5", 0)).toThrow(CronError);
    expect(() => nextRun("5 1 *", 0)).toThrow(CronError);
  });
});

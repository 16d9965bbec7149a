import { cronMatches } from "./solution";

const at = (iso: string) => new Date(iso);

describe("cronMatches", () => {
  it("matches any minute with * in every field", () => {
    expect(cronMatches("* * * * *", at("2024-03-04T09:45:00Z"))).toBe(true);
    expect(cronMatches("* * * * *", at("1999-12-31T23:59:00Z"))).toBe(true);
  });

  it("matches single values and lists", () => {
    expect(cronMatches("5,10 * * * *", at("2024-03-04T09:10:00Z"))).toBe(true);
    expect(cronMatches("5,10 * * * *", at("2024-03-04T09:11:00Z"))).toBe(false);
    expect(cronMatches("0 12 1 1 *", at("2024-01-01T12:00:00Z"))).toBe(true);
  });

  it("matches ranges and steps, a step counting from the start of its range", () => {
    const rule = "*/15 9-17 * * *";
    expect(cronMatches(rule, at("2024-03-04T09:45:00Z"))).toBe(true);
    expect(cronMatches(rule, at("2024-03-04T17:45:00Z"))).toBe(true);
    expect(cronMatches(rule, at("2024-03-04T09:50:00Z"))).toBe(false);
    expect(cronMatches(rule, at("2024-03-04T18:00:00Z"))).toBe(false);
    expect(cronMatches("10-30/10 * * * *", at("2024-03-04T09:20:00Z"))).toBe(true);
    expect(cronMatches("10-30/10 * * * *", at("2024-03-04T09:40:00Z"))).toBe(false);
    expect(cronMatches("5/20 * * * *", at("2024-03-04T09:05:00Z"))).toBe(true);
    expect(cronMatches("5/20 * * * *", at("2024-03-04T09:45:00Z"))).toBe(true);
    expect(cronMatches("5/20 * * * *", at("2024-03-04T09:40:00Z"))).toBe(false);
  });

  it("reads month and weekday names in any case, also in ranges", () => {
    expect(cronMatches("0 12 * JAN,jul *", at("2024-07-15T12:00:00Z"))).toBe(true);
    expect(cronMatches("0 12 * JAN,jul *", at("2024-02-15T12:00:00Z"))).toBe(false);
    expect(cronMatches("* * * * mon-FRI", at("2024-03-04T10:00:00Z"))).toBe(true);
    expect(cronMatches("* * * * mon-FRI", at("2024-03-09T10:00:00Z"))).toBe(false);
  });

  it("takes both 0 and 7 as Sunday", () => {
    expect(cronMatches("* * * * 7", at("2024-03-10T10:00:00Z"))).toBe(true);
    expect(cronMatches("* * * * 0", at("2024-03-10T10:00:00Z"))).toBe(true);
    expect(cronMatches("* * * * 5-7", at("2024-03-10T10:00:00Z"))).toBe(true);
    expect(cronMatches("* * * * 5-7", at("2024-03-07T10:00:00Z"))).toBe(false);
  });

  it("matches a day when either restricted day field matches", () => {
    const rule = "0 0 13 * FRI";
    expect(cronMatches(rule, at("2024-09-13T00:00:00Z"))).toBe(true);
    expect(cronMatches(rule, at("2024-09-20T00:00:00Z"))).toBe(true);
    expect(cronMatches(rule, at("2024-10-13T00:00:00Z"))).toBe(true);
    expect(cronMatches(rule, at("2024-09-19T00:00:00Z"))).toBe(false);
    expect(cronMatches("0 0 */1 * MON", at("2024-09-19T00:00:00Z"))).toBe(true);
  });

  it("uses only the restricted day field when the other is *", () => {
    expect(cronMatches("0 0 13 * *", at("2024-09-20T00:00:00Z"))).toBe(false);
    expect(cronMatches("0 0 * * FRI", at("2024-09-13T00:00:00Z"))).toBe(true);
    expect(cronMatches("0 0 * * FRI", at("2024-10-13T00:00:00Z"))).toBe(false);
  });

  it("reads the date in UTC and ignores seconds", () => {
    expect(cronMatches("30 1 5 3 *", at("2024-03-04T23:30:00-02:00"))).toBe(true);
    expect(cronMatches("30 23 4 3 *", at("2024-03-04T23:30:00-02:00"))).toBe(false);
    expect(cronMatches("45 9 * * *", at("2024-03-04T09:45:59Z"))).toBe(true);
  });

  it("accepts runs of spaces and tabs between fields", () => {
    expect(cronMatches("  0\t0  *  * *  ", at("2024-03-04T00:00:00Z"))).toBe(true);
  });

  it("throws a SyntaxError for a malformed expression", () => {
    const bad = [
      "",
      "* * * *",
      "* * * * * *",
      "60 * * * *",
      "* 24 * * *",
      "* * 0 * *",
      "* * * 13 *",
      "* * * * 8",
      "*/0 * * * *",
      "5-1 * * * *",
      "a * * * *",
      "1,,2 * * * *",
      "* * * FOO *",
      "*/1.5 * * * *",
      "1-2-3 * * * *",
      "* * * * SUNDAY",
    ];
    for (const expression of bad)
      expect(() => cronMatches(expression, at("2024-03-04T00:00:00Z"))).toThrow(SyntaxError);
  });
});

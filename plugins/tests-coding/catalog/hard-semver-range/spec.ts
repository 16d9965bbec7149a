import { satisfies } from "./solution";

const check = (range: string, yes: string[], no: string[]) => {
  for (const version of yes)
    expect({ version, range, ok: satisfies(version, range) }).toEqual({ version, range, ok: true });
  for (const version of no)
    expect({ version, range, ok: satisfies(version, range) }).toEqual({ version, range, ok: false });
};

describe("satisfies", () => {
  it("matches exact versions", () => {
    check("1.2.3", ["1.2.3"], ["1.2.4", "1.2.2"]);
    check("=1.2.3", ["1.2.3"], ["1.3.0"]);
  });

  it("reads x-ranges and partial versions", () => {
    check("1.2.x", ["1.2.0", "1.2.9"], ["1.3.0", "1.1.9"]);
    check("1.2", ["1.2.5"], ["1.3.0"]);
    check("1", ["1.0.0", "1.9.9"], ["2.0.0", "0.9.9"]);
    check("1.X", ["1.5.0"], ["2.0.0"]);
    check("*", ["0.0.1", "99.0.0"], []);
    check("", ["5.0.0"], []);
  });

  it("reads comparisons with partial versions the npm way", () => {
    check(">1.2", ["1.3.0"], ["1.2.9"]);
    check(">1", ["2.0.0"], ["1.9.9"]);
    check(">=1.2", ["1.2.0"], ["1.1.9"]);
    check("<1.2", ["1.1.9"], ["1.2.0"]);
    check("<=1.2", ["1.2.9"], ["1.3.0"]);
    check("<=1", ["1.9.9"], ["2.0.0"]);
    check(">*", [], ["1.0.0"]);
    check("<1.2.3", ["1.2.2"], ["1.2.3"]);
  });

  it("requires every comparator of an alternative and any alternative", () => {
    check(">=1.2.3 <1.5.0", ["1.2.3", "1.4.9"], ["1.5.0", "1.2.2"]);
    check("<1.0.0 || >=2.0.0", ["0.9.0", "2.1.0"], ["1.5.0"]);
    check("  1.2.x ||2.x  ", ["2.3.4", "1.2.0"], ["1.3.0"]);
  });

  it("reads tilde ranges", () => {
    check("~1.2.3", ["1.2.3", "1.2.9"], ["1.3.0", "1.2.2"]);
    check("~1.2", ["1.2.0"], ["1.3.0"]);
    check("~1", ["1.9.9"], ["2.0.0"]);
    check("~0.2", ["0.2.5"], ["0.3.0"]);
  });

  it("reads caret ranges, narrower below 1.0.0", () => {
    check("^1.2.3", ["1.2.3", "1.9.9"], ["2.0.0", "1.2.2"]);
    check("^0.2.3", ["0.2.9"], ["0.3.0", "0.2.2"]);
    check("^0.0.3", ["0.0.3"], ["0.0.4"]);
    check("^0.0", ["0.0.9"], ["0.1.0"]);
    check("^0", ["0.9.9"], ["1.0.0"]);
    check("^1.2", ["1.2.0", "1.9.0"], ["2.0.0", "1.1.0"]);
    check("^0.2", ["0.2.0"], ["0.3.0"]);
  });

  it("reads hyphen ranges, a partial upper bound covering its whole span", () => {
    check("1.2.3 - 2.3.4", ["1.2.3", "2.3.4"], ["2.3.5", "1.2.2"]);
    check("1.2 - 2.3", ["1.2.0", "2.3.9"], ["2.4.0", "1.1.9"]);
    check("1 - 2", ["2.9.9"], ["3.0.0"]);
  });

  it("lets a prerelease through only for a comparator with a prerelease on the same version", () => {
    check(">=1.2.3-alpha", ["1.2.3-beta", "1.2.3", "1.2.4"], ["1.2.4-beta", "1.2.3-0"]);
    check("^1.2.3-alpha", ["1.2.3-beta", "1.5.0"], ["1.3.0-beta"]);
    check("1.2.x", [], ["1.2.3-alpha"]);
    check("<2.0.0", ["1.9.9"], ["2.0.0-rc.1"]);
    check(">=1.0.0 <2.0.0-rc.2 || ^3.0.0", ["2.0.0-rc.1"], ["2.0.0-rc.3", "3.1.0-beta"]);
    check("", [], ["1.0.0-alpha"]);
  });

  it("orders prereleases by Semantic Versioning precedence", () => {
    check(
      ">1.2.3-alpha.9",
      ["1.2.3-alpha.10", "1.2.3-alpha.beta", "1.2.3-beta"],
      ["1.2.3-alpha.8", "1.2.3-alpha"],
    );
    check(">1.2.3-alpha", ["1.2.3"], []);
  });

  it("throws a TypeError for a version that is not valid", () => {
    for (const bad of ["1.2", "v1.2.3", "1.2.3.4", "01.2.3", "1.2.3-", "1.2.3-01", "1.2.3+build", " 1.2.3"]) {
      expect(() => satisfies(bad, "*")).toThrow(TypeError);
    }
  });

  it("throws a SyntaxError for a malformed range", () => {
    for (const bad of [
      ">= 1.2.3",
      "1.x.3",
      "01.2",
      "^",
      "1.2.3 -",
      "~>1",
      "1.2-beta",
      "- 1.2.3",
      "1.2.3.4",
    ]) {
      expect(() => satisfies("1.2.3", bad)).toThrow(SyntaxError);
    }
  });
});

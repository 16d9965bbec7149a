import { compareSemver, parseSemver } from "./solution";

describe("parseSemver", () => {
  it("parses a plain version", () => {
    expect(parseSemver("1.2.3")).toEqual({ major: 1, minor: 2, patch: 3, prerelease: [], build: [] });
    expect(parseSemver("0.0.0")).toEqual({ major: 0, minor: 0, patch: 0, prerelease: [], build: [] });
  });

  it("parses pre-release identifiers, numeric ones as numbers", () => {
    expect(parseSemver("1.0.0-alpha.1")).toEqual({
      major: 1,
      minor: 0,
      patch: 0,
      prerelease: ["alpha", 1],
      build: [],
    });
    expect(parseSemver("10.20.30-rc.0.0a.--")).toEqual({
      major: 10,
      minor: 20,
      patch: 30,
      prerelease: ["rc", 0, "0a", "--"],
      build: [],
    });
  });

  it("parses build metadata as strings, leading zeros allowed", () => {
    expect(parseSemver("1.0.0-beta+exp.sha.5114f85")).toEqual({
      major: 1,
      minor: 0,
      patch: 0,
      prerelease: ["beta"],
      build: ["exp", "sha", "5114f85"],
    });
    expect(parseSemver("1.0.0+001")).toEqual({
      major: 1,
      minor: 0,
      patch: 0,
      prerelease: [],
      build: ["001"],
    });
  });

  it("accepts hyphens inside identifiers", () => {
    expect(parseSemver("1.2.3----RC-SNAPSHOT.12.9.1--.12+788")).toEqual({
      major: 1,
      minor: 2,
      patch: 3,
      prerelease: ["---RC-SNAPSHOT", 12, 9, "1--", 12],
      build: ["788"],
    });
  });

  it("returns null for missing or extra parts", () => {
    for (const bad of ["", "1", "1.2", "1.2.3.4", "1.2.", "a.b.c", "1.2.-3"]) {
      expect(parseSemver(bad)).toBeNull();
    }
  });

  it("returns null for a v prefix or surrounding whitespace", () => {
    for (const bad of ["v1.2.3", "V1.2.3", " 1.2.3", "1.2.3 ", "=1.2.3"]) {
      expect(parseSemver(bad)).toBeNull();
    }
  });

  it("returns null for leading zeros in numbers", () => {
    for (const bad of ["01.2.3", "1.02.3", "1.2.03", "1.2.3-01", "1.2.3-alpha.007"]) {
      expect(parseSemver(bad)).toBeNull();
    }
  });

  it("returns null for empty or invalid identifiers", () => {
    for (const bad of ["1.2.3-", "1.2.3+", "1.2.3-a..b", "1.2.3+a..b", "1.2.3-a_b", "1.2.3+a+b", "1.2.3-é"]) {
      expect(parseSemver(bad)).toBeNull();
    }
  });
});

describe("compareSemver", () => {
  it("returns 0 for equal versions", () => {
    expect(compareSemver("1.2.3", "1.2.3")).toBe(0);
    expect(compareSemver("1.0.0-rc.1", "1.0.0-rc.1")).toBe(0);
  });

  it("returns -1 and 1, not other numbers", () => {
    expect(compareSemver("1.0.0", "3.0.0")).toBe(-1);
    expect(compareSemver("3.0.0", "1.0.0")).toBe(1);
  });

  it("compares major, minor and patch numerically in that order", () => {
    expect(compareSemver("1.10.0", "1.9.0")).toBe(1);
    expect(compareSemver("1.0.9", "1.0.10")).toBe(-1);
    expect(compareSemver("2.0.0", "1.99.99")).toBe(1);
    expect(compareSemver("1.2.0", "1.1.99")).toBe(1);
  });

  it("ranks a pre-release below its release but above older releases", () => {
    expect(compareSemver("1.0.0-alpha", "1.0.0")).toBe(-1);
    expect(compareSemver("1.0.0", "1.0.0-rc.1")).toBe(1);
    expect(compareSemver("1.0.0-rc.1", "0.9.9")).toBe(1);
  });

  it("compares numeric identifiers numerically", () => {
    expect(compareSemver("1.0.0-beta.2", "1.0.0-beta.11")).toBe(-1);
    expect(compareSemver("1.0.0-10", "1.0.0-9")).toBe(1);
  });

  it("ranks numeric identifiers below non-numeric ones", () => {
    expect(compareSemver("1.0.0-alpha.1", "1.0.0-alpha.beta")).toBe(-1);
    expect(compareSemver("1.0.0-a", "1.0.0-1")).toBe(1);
  });

  it("compares non-numeric identifiers in ASCII order", () => {
    expect(compareSemver("1.0.0-alpha", "1.0.0-beta")).toBe(-1);
    expect(compareSemver("1.0.0-Beta", "1.0.0-alpha")).toBe(-1);
    expect(compareSemver("1.0.0-rc-2", "1.0.0-rc10")).toBe(-1);
  });

  it("ranks a longer pre-release higher when the shared identifiers are equal", () => {
    expect(compareSemver("1.0.0-alpha", "1.0.0-alpha.1")).toBe(-1);
    expect(compareSemver("1.0.0-alpha.1.0", "1.0.0-alpha.1")).toBe(1);
  });

  it("ignores build metadata", () => {
    expect(compareSemver("1.0.0+build.1", "1.0.0+build.2")).toBe(0);
    expect(compareSemver("1.0.0-alpha+001", "1.0.0-alpha")).toBe(0);
    expect(compareSemver("1.0.0+zzz", "1.0.1")).toBe(-1);
  });

  it("orders the specification's example as a sort comparator", () => {
    const ordered = [
      "1.0.0-alpha",
      "1.0.0-alpha.1",
      "1.0.0-alpha.beta",
      "1.0.0-beta",
      "1.0.0-beta.2",
      "1.0.0-beta.11",
      "1.0.0-rc.1",
      "1.0.0",
      "1.0.1",
    ];
    const shuffled = ["1.0.0-beta.11", "1.0.0", "1.0.0-alpha.beta", "1.0.1", "1.0.0-alpha", "1.0.0-rc.1"];
    shuffled.push("1.0.0-beta.2", "1.0.0-alpha.1", "1.0.0-beta");
    expect([...shuffled].sort(compareSemver)).toEqual(ordered);
    for (let i = 0; i + 1 < ordered.length; i++) {
      expect(compareSemver(ordered[i]!, ordered[i + 1]!)).toBe(-1);
      expect(compareSemver(ordered[i + 1]!, ordered[i]!)).toBe(1);
    }
  });

  it("throws a TypeError for an invalid version", () => {
    expect(() => compareSemver("1.2", "1.2.0")).toThrow(TypeError);
    expect(() => compareSemver("1.2.0", "v1.2.0")).toThrow(TypeError);
    expect(() => compareSemver("1.2.0", "latest")).toThrow(/latest/);
  });
});

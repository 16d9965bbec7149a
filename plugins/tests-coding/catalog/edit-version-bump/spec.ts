import { bump } from "./solution";

describe("bump", () => {
  it("resets the lower parts", () => {
    expect(bump("1.4.7", "minor")).toBe("1.5.0");
    expect(bump("1.4.7", "major")).toBe("2.0.0");
    expect(bump("1.4.7", "patch")).toBe("1.4.8");
    expect(bump("0.9.9", "minor")).toBe("0.10.0");
  });
  it("releases a prerelease with the part it leads up to", () => {
    expect(bump("2.0.0-rc.1", "major")).toBe("2.0.0");
    expect(bump("1.3.0-rc.0", "minor")).toBe("1.3.0");
    expect(bump("1.2.4-rc.2", "patch")).toBe("1.2.4");
    expect(bump("1.3.2-rc.0", "minor")).toBe("1.4.0");
    expect(bump("1.3.2-rc.0", "major")).toBe("2.0.0");
  });
  it("bumps prereleases", () => {
    expect(bump("1.2.3", "prerelease")).toBe("1.2.4-rc.0");
    expect(bump("1.2.4-rc.0", "prerelease")).toBe("1.2.4-rc.1");
    expect(bump("1.2.4-alpha.3", "prerelease", "beta")).toBe("1.2.4-beta.0");
    expect(bump("1.2.3", "prerelease", "alpha")).toBe("1.2.4-alpha.0");
    expect(bump("1.2.4-rc.9", "prerelease")).toBe("1.2.4-rc.10");
  });
  it("throws a SyntaxError for anything else", () => {
    for (const bad of ["1.2", "01.2.3", "1.2.3-rc", "v1.2.3", "1.2.3.4", "", "1.2.-3"]) {
      expect(() => bump(bad, "patch")).toThrow(SyntaxError);
    }
  });
});

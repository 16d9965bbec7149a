import { buildOrder, dependentsOf } from "./solution";

describe("buildOrder", () => {
  it("orders the example", () => {
    const packages = { app: ["ui", "core"], ui: ["core", "icons"], core: [], cli: ["core"] };
    expect(buildOrder(packages)).toEqual(["core", "cli", "icons", "ui", "app"]);
  });

  it("places the smallest ready name first, in string order", () => {
    expect(buildOrder({ z: [], y: [], a: ["z"] })).toEqual(["y", "z", "a"]);
    expect(buildOrder({ a9: [], a10: [], B: [], a: [] })).toEqual(["B", "a", "a10", "a9"]);
  });

  it("includes packages that appear only as dependencies", () => {
    expect(buildOrder({ app: ["left-pad", "zlib"] })).toEqual(["left-pad", "zlib", "app"]);
    expect(buildOrder({})).toEqual([]);
  });

  it("counts a dependency listed twice once", () => {
    expect(buildOrder({ b: ["a", "a"], a: [] })).toEqual(["a", "b"]);
  });

  it("orders a diamond and a longer chain by readiness, not by depth", () => {
    const packages = { d: ["b", "c"], b: ["a"], c: ["a"], a: [], e: ["d"], f: [] };
    expect(buildOrder(packages)).toEqual(["a", "b", "c", "d", "e", "f"]);
    expect(buildOrder({ m: ["x"], x: ["y"], y: [], b: [] })).toEqual(["b", "y", "x", "m"]);
  });

  it("throws a RangeError naming the packages of a cycle", () => {
    const packages = { a: ["b"], b: ["c"], c: ["a"], d: ["a"], e: [] };
    expect(() => buildOrder(packages)).toThrow(RangeError);
    let message = "";
    try {
      buildOrder(packages);
    } catch (error) {
      message = (error as Error).message;
    }
    for (const name of ["a", "b", "c"]) expect(message).toMatch(new RegExp(`\\b${name}\\b`));
    expect(message).not.toMatch(/\bd\b/);
  });

  it("throws a RangeError for a package depending on itself", () => {
    expect(() => buildOrder({ solo: ["solo"] })).toThrow(RangeError);
  });

  it("does not change its input", () => {
    const packages = { b: ["a", "a"], c: ["b"] };
    buildOrder(packages);
    dependentsOf(packages, "a");
    expect(packages).toEqual({ b: ["a", "a"], c: ["b"] });
  });
});

describe("dependentsOf", () => {
  const packages = { app: ["ui", "core"], ui: ["core", "icons"], core: [], cli: ["core"], docs: [] };

  it("lists direct and indirect dependents, sorted", () => {
    expect(dependentsOf(packages, "core")).toEqual(["app", "cli", "ui"]);
    expect(dependentsOf(packages, "icons")).toEqual(["app", "ui"]);
  });

  it("gives [] for a package nothing depends on or an unknown name", () => {
    expect(dependentsOf(packages, "app")).toEqual([]);
    expect(dependentsOf(packages, "nope")).toEqual([]);
  });

  it("never lists the package itself, even within a cycle", () => {
    expect(dependentsOf({ a: ["b"], b: ["a"], c: ["b"] }, "a")).toEqual(["b", "c"]);
  });
});

import { CycleError, topoSort } from "./solution";

function expectCycle(deps: Record<string, string[]>, cycle: string[]) {
  let caught: unknown;
  try {
    topoSort(deps);
  } catch (error) {
    caught = error;
  }
  expect(caught).toBeInstanceOf(CycleError);
  expect(caught).toBeInstanceOf(Error);
  expect((caught as CycleError).cycle).toEqual(cycle);
  for (const step of cycle) expect((caught as Error).message).toContain(step);
}

describe("topoSort", () => {
  it("orders steps after their dependencies", () => {
    const order = topoSort({ app: ["lib", "ui"], ui: ["lib"], lib: [] });
    expect(order).toEqual(["lib", "ui", "app"]);
  });
  it("visits steps and dependencies alphabetically", () => {
    expect(topoSort({ c: [], b: [], a: ["c", "b"] })).toEqual(["b", "c", "a"]);
    expect(topoSort({ z: [], y: [], x: [] })).toEqual(["x", "y", "z"]);
  });
  it("includes dependencies that are not keys", () => {
    expect(topoSort({ a: ["ext"] })).toEqual(["ext", "a"]);
  });
  it("lists every step once", () => {
    expect(topoSort({ d: ["b", "c"], b: ["a"], c: ["a"], a: [] })).toEqual(["a", "b", "c", "d"]);
  });
  it("throws CycleError for a two-step cycle", () => {
    expectCycle({ a: ["b"], b: ["a"] }, ["a", "b", "a"]);
  });
  it("throws CycleError for a self-dependency", () => {
    expectCycle({ a: ["a"] }, ["a", "a"]);
  });
  it("names the cycle only, not the path into it", () => {
    expectCycle({ a: ["b"], b: ["c"], c: ["d"], d: ["b"] }, ["b", "c", "d", "b"]);
  });
  it("treats inherited names as ordinary steps", () => {
    expect(topoSort({ a: ["toString"] })).toEqual(["toString", "a"]);
  });
});

import { reachable, shortestHops } from "./solution";

describe("reachable", () => {
  it("terminates on cycles and lists each service once", () => {
    const graph = { api: ["auth", "db"], auth: ["db", "api"], db: [] };
    expect(reachable(graph, "api")).toEqual(["api", "auth", "db"]);
  });
  it("includes start only when it is on a cycle", () => {
    expect(reachable({ a: ["b"], b: ["c"] }, "a")).toEqual(["b", "c"]);
    expect(reachable({ a: ["a"] }, "a")).toEqual(["a"]);
    expect(reachable({ a: ["b"], b: ["c"], c: ["b"] }, "a")).toEqual(["b", "c"]);
  });
  it("sorts and de-duplicates diamonds", () => {
    expect(reachable({ s: ["z", "y"], z: ["x"], y: ["x"], x: [] }, "s")).toEqual(["x", "y", "z"]);
  });
  it("treats unknown and inherited names as services without calls", () => {
    expect(reachable({ a: ["constructor"] }, "a")).toEqual(["constructor"]);
    expect(reachable({}, "toString")).toEqual([]);
  });
});

describe("shortestHops", () => {
  const graph = { a: ["b", "c"], b: ["d"], c: ["d"], d: ["e"], e: ["a"] };
  it("counts the fewest calls", () => {
    expect(shortestHops(graph, "a", "d")).toBe(2);
    expect(shortestHops(graph, "a", "e")).toBe(3);
    expect(shortestHops(graph, "e", "d")).toBe(3);
  });
  it("needs a cycle to get back to the start", () => {
    expect(shortestHops(graph, "a", "a")).toBe(4);
    expect(shortestHops({ a: ["a"] }, "a", "a")).toBe(1);
    expect(shortestHops({ a: [] }, "a", "a")).toBe(-1);
  });
  it("returns -1 when unreachable", () => {
    expect(shortestHops({ a: ["b"], c: [] }, "a", "c")).toBe(-1);
  });
});

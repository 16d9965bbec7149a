import { shortestPath } from "./solution";

const graph = {
  a: { b: 4, c: 1 },
  c: { b: 2, d: 7 },
  b: { d: 1 },
  d: {},
};

describe("shortestPath", () => {
  it("returns the distance and the path", () => {
    expect(shortestPath(graph, "a", "d")).toEqual({ distance: 4, path: ["a", "c", "b", "d"] });
    expect(shortestPath(graph, "a", "b")).toEqual({ distance: 3, path: ["a", "c", "b"] });
  });
  it("returns null for an unreachable stop", () => {
    expect(shortestPath(graph, "d", "a")).toBeNull();
    expect(shortestPath(graph, "a", "nowhere")).toBeNull();
  });
  it("returns a one-stop path from a stop to itself", () => {
    expect(shortestPath(graph, "b", "b")).toEqual({ distance: 0, path: ["b"] });
  });
  it("allows zero-weight edges", () => {
    expect(shortestPath({ a: { b: 0 }, b: { c: 0 } }, "a", "c")).toEqual({
      distance: 0,
      path: ["a", "b", "c"],
    });
  });
  it("throws a RangeError for negative or non-finite weights", () => {
    expect(() => shortestPath({ a: { b: -1 } }, "a", "b")).toThrow(RangeError);
    expect(() => shortestPath({ a: { b: 1 }, x: { y: Number.NaN } }, "a", "b")).toThrow(RangeError);
    expect(() => shortestPath({ a: { b: Number.POSITIVE_INFINITY } }, "a", "b")).toThrow(RangeError);
  });
  it("handles stop names that are Object.prototype keys", () => {
    const g = { constructor: { toString: 2 }, toString: { valueOf: 3 } };
    expect(shortestPath(g, "constructor", "valueOf")).toEqual({
      distance: 5,
      path: ["constructor", "toString", "valueOf"],
    });
    expect(shortestPath({ a: {} }, "a", "constructor")).toBeNull();
  });
});

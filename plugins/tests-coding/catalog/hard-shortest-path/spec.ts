import { shortestPath } from "./solution";

type Edge = [string, string, number];

describe("shortestPath", () => {
  it("finds the cheapest path, not the one with fewest edges", () => {
    const edges: Edge[] = [
      ["a", "b", 1],
      ["b", "c", 2],
      ["a", "c", 5],
    ];
    expect(shortestPath(edges, "a", "c")).toEqual({ cost: 3, path: ["a", "b", "c"] });
  });

  it("solves the example", () => {
    const edges: Edge[] = [
      ["s", "a", 7],
      ["s", "b", 2],
      ["b", "a", 3],
      ["a", "t", 1],
      ["b", "c", 8],
      ["c", "t", 1],
      ["b", "t", 9],
    ];
    expect(shortestPath(edges, "s", "t")).toEqual({ cost: 6, path: ["s", "b", "a", "t"] });
  });

  it("follows edges in their direction only", () => {
    const edges: Edge[] = [
      ["a", "b", 1],
      ["b", "c", 1],
    ];
    expect(shortestPath(edges, "c", "a")).toBeNull();
    expect(shortestPath(edges, "a", "zzz")).toBeNull();
    expect(shortestPath(edges, "zzz", "a")).toBeNull();
  });

  it("returns the node itself at cost 0 from a node to itself", () => {
    expect(shortestPath([["a", "b", 1]], "a", "a")).toEqual({ cost: 0, path: ["a"] });
    expect(shortestPath([], "lonely", "lonely")).toEqual({ cost: 0, path: ["lonely"] });
  });

  it("uses the cheapest of several edges between two nodes", () => {
    const edges: Edge[] = [
      ["a", "b", 2],
      ["a", "b", 5],
      ["b", "c", 1],
    ];
    expect(shortestPath(edges, "a", "c")).toEqual({ cost: 3, path: ["a", "b", "c"] });
  });

  it("prefers the fewest edges among paths of equal cost", () => {
    const edges: Edge[] = [
      ["a", "b", 2],
      ["b", "d", 2],
      ["a", "d", 4],
    ];
    expect(shortestPath(edges, "a", "d")).toEqual({ cost: 4, path: ["a", "d"] });
  });

  it("prefers the smallest node names among paths of equal cost and length", () => {
    const edges: Edge[] = [
      ["a", "c", 1],
      ["c", "e", 1],
      ["a", "b", 1],
      ["b", "e", 1],
      ["e", "f", 1],
    ];
    expect(shortestPath(edges, "a", "f")).toEqual({ cost: 3, path: ["a", "b", "e", "f"] });
  });

  it("handles zero weights and cycles", () => {
    const edges: Edge[] = [
      ["a", "b", 0],
      ["b", "a", 0],
      ["b", "c", 1],
      ["c", "a", 0],
    ];
    expect(shortestPath(edges, "a", "c")).toEqual({ cost: 1, path: ["a", "b", "c"] });
  });

  it("throws a RangeError for a negative or non-finite weight", () => {
    expect(() => shortestPath([["a", "b", -1]], "a", "b")).toThrow(RangeError);
    expect(() => shortestPath([["a", "b", Number.NaN]], "a", "b")).toThrow(RangeError);
    expect(() =>
      shortestPath(
        [
          ["x", "y", 1],
          ["p", "q", Number.POSITIVE_INFINITY],
        ],
        "x",
        "y",
      ),
    ).toThrow(RangeError);
  });

  it("does not change the edges", () => {
    const edges: Edge[] = [
      ["b", "c", 1],
      ["a", "b", 1],
    ];
    const copy = structuredClone(edges);
    shortestPath(edges, "a", "c");
    expect(edges).toEqual(copy);
  });
});

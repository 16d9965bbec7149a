import { sortBy } from "./solution";

const rows = [
  { name: "b", team: "x", score: 2 },
  { name: "a", team: "y", score: 1 },
  { name: "c", team: "x", score: 1 },
  { name: "d", team: "y", score: 2 },
  { name: "e", team: "x", score: 1 },
];

describe("sortBy", () => {
  it("is stable", () => {
    expect(sortBy(rows, { key: (r) => r.score }).map((r) => r.name)).toEqual(["a", "c", "e", "b", "d"]);
  });
  it("breaks ties with later keys and honours descending", () => {
    const sorted = sortBy(rows, { key: (r) => r.team }, { key: (r) => r.score, descending: true });
    expect(sorted.map((r) => r.name)).toEqual(["b", "c", "e", "d", "a"]);
  });
  it("does not modify the input and copies with no keys", () => {
    const input = [...rows];
    const copy = sortBy(input);
    expect(copy).toEqual(rows);
    expect(copy).not.toBe(input);
    sortBy(input, { key: (r) => r.name, descending: true });
    expect(input).toEqual(rows);
  });
  it("puts NaN last in both directions", () => {
    const values = [{ v: 2 }, { v: Number.NaN }, { v: 1 }];
    expect(sortBy(values, { key: (r) => r.v }).map((r) => r.v)).toEqual([1, 2, Number.NaN]);
    expect(sortBy(values, { key: (r) => r.v, descending: true }).map((r) => r.v)).toEqual([2, 1, Number.NaN]);
  });
  it("calls each key once per row", () => {
    let calls = 0;
    sortBy(rows, {
      key: (r) => {
        calls++;
        return r.name;
      },
    });
    expect(calls).toBe(rows.length);
  });
});

import { uniqueBy } from "./solution";

describe("uniqueBy", () => {
  it("keeps the first item of each key, in order", () => {
    const rows = [
      { id: 2, at: 1 },
      { id: 1, at: 2 },
      { id: 2, at: 3 },
      { id: 3, at: 4 },
      { id: 1, at: 5 },
    ];
    expect(uniqueBy(rows, (row) => row.id).map((row) => row.at)).toEqual([1, 2, 4]);
  });
  it("compares keys like a Set", () => {
    expect(uniqueBy([Number.NaN, 0, -0, Number.NaN, 1])).toEqual([Number.NaN, 0, 1]);
  });
  it("compares items themselves without a key", () => {
    const a = { x: 1 };
    expect(uniqueBy([a, { x: 1 }, a])).toEqual([a, { x: 1 }]);
  });
});

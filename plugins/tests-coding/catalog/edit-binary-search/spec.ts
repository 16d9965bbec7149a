import { insertSorted, lowerBound, upperBound } from "./solution";

describe("lowerBound", () => {
  it("finds the first of equal elements", () => {
    expect(lowerBound([1, 2, 2, 2, 3], 2)).toBe(1);
    expect(lowerBound([2, 2, 2, 2, 2, 2, 2], 2)).toBe(0);
  });
  it("finds the insertion point of a missing value", () => {
    expect(lowerBound([1, 3, 5], 4)).toBe(2);
    expect(lowerBound([1, 3, 5], 9)).toBe(3);
    expect(lowerBound([], 1)).toBe(0);
  });
});

describe("upperBound", () => {
  it("finds the first greater element", () => {
    expect(upperBound([1, 2, 2, 2, 3], 2)).toBe(4);
    expect(upperBound([1, 2, 3], 0)).toBe(0);
    expect(upperBound([1, 2, 3], 3)).toBe(3);
    expect(upperBound([], 1)).toBe(0);
  });
});

describe("insertSorted", () => {
  it("inserts after equal elements and returns the index", () => {
    const list = [1, 2, 2, 3];
    expect(insertSorted(list, 2)).toBe(3);
    expect(list).toEqual([1, 2, 2, 2, 3]);
    expect(insertSorted(list, 0)).toBe(0);
    expect(insertSorted(list, 9)).toBe(6);
  });
  it("keeps insertion order among equal objects by position", () => {
    const list: number[] = [];
    for (const v of [5, 1, 4, 1, 5, 9, 2, 6]) insertSorted(list, v);
    expect(list).toEqual([1, 1, 2, 4, 5, 5, 6, 9]);
  });
  it("refuses NaN", () => {
    const list = [1, 2];
    expect(() => insertSorted(list, Number.NaN)).toThrow(RangeError);
    expect(list).toEqual([1, 2]);
  });
});

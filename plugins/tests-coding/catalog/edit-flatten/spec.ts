import { flatten } from "./solution";

describe("flatten", () => {
  it("flattens everything by default", () => {
    expect(flatten([1, [2, [3, [4]]], 5])).toEqual([1, 2, 3, 4, 5]);
  });
  it("removes only depth levels", () => {
    expect(flatten([1, [2, [3]]], 1)).toEqual([1, 2, [3]]);
    const inner = [3];
    expect(flatten([[inner]], 1)[0]).toBe(inner);
    expect(flatten([1, [2, [3, [4]]]], 2)).toEqual([1, 2, 3, [4]]);
  });
  it("returns a shallow copy at depth 0", () => {
    const items = [1, [2]];
    const copy = flatten(items, 0);
    expect(copy).toEqual(items);
    expect(copy).not.toBe(items);
  });
  it("handles wide arrays", () => {
    const wide = [Array.from({ length: 200_000 }, (_, i) => i)];
    expect(flatten(wide)).toHaveLength(200_000);
  });
  it("throws a RangeError for a bad depth", () => {
    expect(() => flatten([], -1)).toThrow(RangeError);
    expect(() => flatten([], 1.5)).toThrow(RangeError);
    expect(() => flatten([], Number.NaN)).toThrow(RangeError);
  });
});

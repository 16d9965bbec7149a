import { chunk } from "./solution";

describe("chunk", () => {
  it("keeps the last partial batch", () => {
    expect(chunk([1, 2, 3, 4, 5], 2)).toEqual([[1, 2], [3, 4], [5]]);
    expect(chunk(["a"], 3)).toEqual([["a"]]);
  });
  it("splits evenly when it can", () => {
    expect(chunk([1, 2, 3, 4], 2)).toEqual([
      [1, 2],
      [3, 4],
    ]);
  });
  it("returns no batches for no items", () => {
    expect(chunk([], 4)).toEqual([]);
  });
  it("throws a RangeError for a bad size", () => {
    expect(() => chunk([1], 0)).toThrow(RangeError);
    expect(() => chunk([1], -1)).toThrow(RangeError);
    expect(() => chunk([1], 1.5)).toThrow(RangeError);
  });
  it("does not modify the input", () => {
    const items = [1, 2, 3];
    chunk(items, 2)[0]!.push(99);
    expect(items).toEqual([1, 2, 3]);
  });
});

import { histogram } from "./solution";

describe("histogram", () => {
  it("counts the maximum in the last bin", () => {
    const result = histogram([0, 1, 2, 3, 4], 2);
    expect(result).toEqual([
      { from: 0, to: 2, count: 2 },
      { from: 2, to: 4, count: 3 },
    ]);
  });
  it("counts every value once", () => {
    const values = [3, 7, 7, 1, 9, 4, 4, 10];
    const total = histogram(values, 3).reduce((sum, bin) => sum + bin.count, 0);
    expect(total).toBe(values.length);
    expect(histogram(values, 3).at(-1)!.to).toBe(10);
  });
  it("returns one bin when all values are equal", () => {
    expect(histogram([5, 5, 5], 4)).toEqual([{ from: 5, to: 5, count: 3 }]);
  });
  it("returns no bins for no values", () => {
    expect(histogram([], 3)).toEqual([]);
  });
  it("handles long lists", () => {
    const values = Array.from({ length: 200_000 }, (_, i) => i % 1000);
    const result = histogram(values, 10);
    expect(result.reduce((sum, bin) => sum + bin.count, 0)).toBe(200_000);
  });
  it("throws a RangeError for bad bins or values", () => {
    expect(() => histogram([1, 2], 0)).toThrow(RangeError);
    expect(() => histogram([1, 2], 1.5)).toThrow(RangeError);
    expect(() => histogram([1, Number.NaN], 2)).toThrow(RangeError);
    expect(() => histogram([1, Number.POSITIVE_INFINITY], 2)).toThrow(RangeError);
  });
});

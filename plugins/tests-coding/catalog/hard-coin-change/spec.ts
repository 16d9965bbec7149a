import { makeChange } from "./solution";

const inv = (...pairs: [number, number][]) => pairs.map(([coin, count]) => ({ coin, count }));

describe("makeChange", () => {
  it("gives [] for nothing to pay", () => {
    expect(makeChange(0, inv([5, 1]))).toEqual([]);
    expect(makeChange(0, [])).toEqual([]);
  });

  it("pays with the usual coins, largest first", () => {
    expect(makeChange(41, inv([1, 10], [5, 10], [10, 10], [25, 10]))).toEqual(
      inv([25, 1], [10, 1], [5, 1], [1, 1]),
    );
  });

  it("finds the fewest coins where greedy choice fails", () => {
    expect(makeChange(6, inv([4, 1], [3, 2], [1, 3]))).toEqual(inv([3, 2]));
    expect(makeChange(30, inv([25, 1], [10, 3], [5, 0]))).toEqual(inv([10, 3]));
  });

  it("never uses more coins than the inventory holds", () => {
    expect(makeChange(20, inv([10, 1], [5, 2], [1, 100]))).toEqual(inv([10, 1], [5, 2]));
    expect(makeChange(12, inv([5, 1], [2, 3], [1, 1]))).toEqual(inv([5, 1], [2, 3], [1, 1]));
  });

  it("returns null when the amount cannot be paid exactly", () => {
    expect(makeChange(3, inv([2, 5]))).toBeNull();
    expect(makeChange(10, inv([5, 1]))).toBeNull();
    expect(makeChange(1, [])).toBeNull();
  });

  it("prefers more of the largest coin among solutions with the fewest coins", () => {
    expect(makeChange(10, inv([6, 1], [5, 2], [4, 1]))).toEqual(inv([6, 1], [4, 1]));
    expect(makeChange(12, inv([7, 1], [6, 2], [5, 1]))).toEqual(inv([7, 1], [5, 1]));
  });

  it("adds up entries of the same coin", () => {
    expect(makeChange(10, inv([5, 1], [5, 1]))).toEqual(inv([5, 2]));
  });

  it("answers a large amount promptly", () => {
    expect(makeChange(1_999, inv([1, 100], [7, 100], [50, 40], [200, 5], [333, 3]))).toEqual(
      inv([333, 3], [200, 5]),
    );
    expect(makeChange(1_998, inv([1, 100], [7, 100], [50, 40], [200, 5], [333, 3]))).toEqual(
      inv([333, 3], [200, 4], [50, 3], [7, 7]),
    );
  });

  it("does not change the inventory", () => {
    const inventory = inv([1, 3], [5, 1]);
    makeChange(7, inventory);
    expect(inventory).toEqual(inv([1, 3], [5, 1]));
  });

  it("throws a RangeError for a bad amount, coin or count", () => {
    expect(() => makeChange(-1, inv([1, 1]))).toThrow(RangeError);
    expect(() => makeChange(1.5, inv([1, 1]))).toThrow(RangeError);
    expect(() => makeChange(5, inv([0, 1]))).toThrow(RangeError);
    expect(() => makeChange(5, inv([2.5, 1]))).toThrow(RangeError);
    expect(() => makeChange(5, inv([1, -1]))).toThrow(RangeError);
    expect(() => makeChange(5, inv([1, 0.5]))).toThrow(RangeError);
  });
});

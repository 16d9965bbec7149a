import { slidingMedian } from "./solution";

/** Medians by sorting every window again: slow, obviously right. */
function slow(values: number[], window: number): number[] {
  const out: number[] = [];
  for (let i = 0; i + window <= values.length; i++) {
    const sorted = values.slice(i, i + window).sort((a, b) => a - b);
    const mid = Math.floor(window / 2);
    out.push(
      window % 2 === 1
        ? (sorted[mid] as number)
        : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2,
    );
  }
  return out;
}

describe("slidingMedian", () => {
  it("computes medians of odd windows", () => {
    expect(slidingMedian([1, 3, -1, -3, 5, 3, 6, 7], 3)).toEqual([1, -1, -1, 3, 5, 6]);
    expect(slidingMedian([4, 2, 9], 1)).toEqual([4, 2, 9]);
  });

  it("averages the two middle values of even windows", () => {
    expect(slidingMedian([1, 2, 3, 10], 4)).toEqual([2.5]);
    expect(slidingMedian([5, 1, 4, 2], 2)).toEqual([3, 2.5, 3]);
  });

  it("sorts numerically, not as strings", () => {
    expect(slidingMedian([10, 9, 100], 3)).toEqual([10]);
    expect(slidingMedian([-10, 2, -3], 3)).toEqual([-3]);
  });

  it("returns [] when the window is longer than the array", () => {
    expect(slidingMedian([5], 2)).toEqual([]);
    expect(slidingMedian([], 1)).toEqual([]);
  });

  it("counts duplicates individually", () => {
    expect(slidingMedian([2, 2, 2, 1, 1, 3, 3], 4)).toEqual([2, 1.5, 1.5, 2]);
  });

  it("matches a slow recomputation on long random arrays", () => {
    let seed = 42;
    const values = Array.from({ length: 10_000 }, () => {
      seed = (seed * 48271) % 2147483647;
      return (seed % 2001) - 1000 + (seed % 4) / 4;
    });
    expect(slidingMedian(values.slice(0, 600), 51)).toEqual(slow(values.slice(0, 600), 51));
    expect(slidingMedian(values.slice(0, 600), 50)).toEqual(slow(values.slice(0, 600), 50));
    const fast = slidingMedian(values, 300);
    expect(fast.length).toBe(9_701);
    expect(fast.slice(-5)).toEqual(slow(values.slice(-304), 300));
  });

  it("never changes the input array", () => {
    const values = [3, 1, 2, 5, 4];
    slidingMedian(values, 3);
    expect(values).toEqual([3, 1, 2, 5, 4]);
  });

  it("throws a RangeError for a bad window or a value that is not finite", () => {
    for (const window of [0, -1, 1.5, Number.NaN])
      expect(() => slidingMedian([1, 2, 3], window)).toThrow(RangeError);
    expect(() => slidingMedian([1, Number.NaN, 3], 2)).toThrow(RangeError);
    expect(() => slidingMedian([1, 2, Number.POSITIVE_INFINITY], 5)).toThrow(RangeError);
  });
});

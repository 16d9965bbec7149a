import { mergeIntervals } from "./solution";

describe("mergeIntervals", () => {
  it("merges overlapping intervals and keeps the others", () => {
    expect(
      mergeIntervals([
        [1, 3],
        [2, 6],
        [8, 10],
        [15, 18],
      ]),
    ).toEqual([
      [1, 6],
      [8, 10],
      [15, 18],
    ]);
  });

  it("returns an empty list for an empty input", () => {
    expect(mergeIntervals([])).toEqual([]);
  });

  it("returns a single interval as it is", () => {
    expect(mergeIntervals([[4, 9]])).toEqual([[4, 9]]);
  });

  it("sorts an unsorted input before merging", () => {
    expect(
      mergeIntervals([
        [5, 7],
        [1, 2],
        [2, 4],
      ]),
    ).toEqual([
      [1, 4],
      [5, 7],
    ]);
    expect(
      mergeIntervals([
        [10, 12],
        [0, 1],
        [6, 8],
      ]),
    ).toEqual([
      [0, 1],
      [6, 8],
      [10, 12],
    ]);
  });

  it("sorts numerically, not as text", () => {
    expect(
      mergeIntervals([
        [10, 11],
        [9, 9.5],
        [100, 101],
      ]),
    ).toEqual([
      [9, 9.5],
      [10, 11],
      [100, 101],
    ]);
  });

  it("merges intervals that only touch", () => {
    expect(
      mergeIntervals([
        [1, 3],
        [3, 5],
      ]),
    ).toEqual([[1, 5]]);
    expect(
      mergeIntervals([
        [1, 4],
        [4, 4],
      ]),
    ).toEqual([[1, 4]]);
  });

  it("keeps intervals apart when there is a gap, however small", () => {
    expect(
      mergeIntervals([
        [1, 2],
        [3, 4],
      ]),
    ).toEqual([
      [1, 2],
      [3, 4],
    ]);
    expect(
      mergeIntervals([
        [0, 0.5],
        [0.6, 1],
      ]),
    ).toEqual([
      [0, 0.5],
      [0.6, 1],
    ]);
  });

  it("swallows intervals contained in another", () => {
    expect(
      mergeIntervals([
        [1, 10],
        [2, 3],
        [4, 8],
      ]),
    ).toEqual([[1, 10]]);
    expect(
      mergeIntervals([
        [2, 3],
        [1, 10],
      ]),
    ).toEqual([[1, 10]]);
  });

  it("merges a chain of overlaps into one interval", () => {
    expect(
      mergeIntervals([
        [7, 9],
        [1, 3],
        [2, 5],
        [5, 7],
        [12, 13],
      ]),
    ).toEqual([
      [1, 9],
      [12, 13],
    ]);
  });

  it("handles negative numbers and single points", () => {
    expect(
      mergeIntervals([
        [-5, -2],
        [-3, 0],
        [2, 2],
        [-10, -10],
      ]),
    ).toEqual([
      [-10, -10],
      [-5, 0],
      [2, 2],
    ]);
  });

  it("does not change its input", () => {
    const input: [number, number][] = [
      [5, 7],
      [1, 3],
      [2, 4],
    ];
    mergeIntervals(input);
    expect(input).toEqual([
      [5, 7],
      [1, 3],
      [2, 4],
    ]);
  });

  it("returns new pairs even when nothing merges", () => {
    const input: [number, number][] = [
      [1, 2],
      [5, 6],
    ];
    const result = mergeIntervals(input);
    expect(result).toEqual([
      [1, 2],
      [5, 6],
    ]);
    result[0]![1] = 100;
    expect(input[0]).toEqual([1, 2]);
  });

  it("throws a RangeError for an interval that starts after it ends", () => {
    expect(() =>
      mergeIntervals([
        [1, 2],
        [3, 1],
      ]),
    ).toThrow(RangeError);
  });

  it("throws a RangeError for a bound that is not a finite number", () => {
    expect(() => mergeIntervals([[0, Number.NaN]])).toThrow(RangeError);
    expect(() => mergeIntervals([[0, Number.POSITIVE_INFINITY]])).toThrow(RangeError);
  });
});

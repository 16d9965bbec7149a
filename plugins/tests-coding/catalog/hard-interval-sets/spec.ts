import { intersectIntervals, subtractIntervals, unionIntervals } from "./solution";

type Interval = [number, number];

describe("unionIntervals", () => {
  it("joins overlapping and touching intervals, sorted", () => {
    expect(
      unionIntervals(
        [
          [5, 8],
          [1, 3],
        ],
        [[3, 4]],
      ),
    ).toEqual([
      [1, 4],
      [5, 8],
    ]);
    expect(
      unionIntervals(
        [[1, 10]],
        [
          [2, 3],
          [12, 13],
          [10, 11],
        ],
      ),
    ).toEqual([
      [1, 11],
      [12, 13],
    ]);
  });

  it("keeps a gap between intervals that do not touch", () => {
    expect(unionIntervals([[1, 2]], [[2.5, 3]])).toEqual([
      [1, 2],
      [2.5, 3],
    ]);
  });

  it("drops empty intervals", () => {
    expect(
      unionIntervals(
        [[4, 4]],
        [
          [1, 1],
          [2, 3],
        ],
      ),
    ).toEqual([[2, 3]]);
    expect(unionIntervals([], [])).toEqual([]);
  });
});

describe("intersectIntervals", () => {
  it("keeps the numbers in both sets", () => {
    expect(
      intersectIntervals(
        [[0, 10]],
        [
          [2, 3],
          [5, 12],
        ],
      ),
    ).toEqual([
      [2, 3],
      [5, 10],
    ]);
    expect(
      intersectIntervals(
        [
          [0, 4],
          [6, 10],
        ],
        [[3, 7]],
      ),
    ).toEqual([
      [3, 4],
      [6, 7],
    ]);
  });

  it("finds nothing in common between touching intervals", () => {
    expect(intersectIntervals([[1, 3]], [[3, 5]])).toEqual([]);
  });

  it("normalizes its inputs first", () => {
    expect(
      intersectIntervals(
        [
          [5, 9],
          [0, 6],
        ],
        [
          [2, 3],
          [3, 8],
          [8, 8],
        ],
      ),
    ).toEqual([[2, 8]]);
  });
});

describe("subtractIntervals", () => {
  it("cuts holes, with touching cuts acting as one", () => {
    expect(
      subtractIntervals(
        [[0, 10]],
        [
          [9, 20],
          [3, 5],
          [2, 3],
        ],
      ),
    ).toEqual([
      [0, 2],
      [5, 9],
    ]);
  });

  it("keeps the end of a half-open interval", () => {
    expect(subtractIntervals([[1, 5]], [[3, 5]])).toEqual([[1, 3]]);
    expect(subtractIntervals([[1, 5]], [[0, 1]])).toEqual([[1, 5]]);
    expect(subtractIntervals([[1, 5]], [[1, 5]])).toEqual([]);
  });

  it("subtracts from several intervals and joins what touches", () => {
    expect(
      subtractIntervals(
        [
          [0, 3],
          [3, 6],
          [8, 12],
        ],
        [
          [5, 9],
          [10, 11],
        ],
      ),
    ).toEqual([
      [0, 5],
      [9, 10],
      [11, 12],
    ]);
  });

  it("ignores empty and far-away cuts", () => {
    expect(
      subtractIntervals(
        [[0, 4]],
        [
          [2, 2],
          [10, 20],
          [-5, -1],
        ],
      ),
    ).toEqual([[0, 4]]);
  });
});

describe("all three", () => {
  it("do not change their input", () => {
    const a: Interval[] = [
      [5, 8],
      [1, 3],
    ];
    const b: Interval[] = [[2, 6]];
    const result = unionIntervals(a, b);
    intersectIntervals(a, b);
    subtractIntervals(a, b);
    expect(a).toEqual([
      [5, 8],
      [1, 3],
    ]);
    expect(b).toEqual([[2, 6]]);
    result[0]![0] = 99;
    expect(b).toEqual([[2, 6]]);
    expect(a).toEqual([
      [5, 8],
      [1, 3],
    ]);
  });

  it("throw a RangeError for a reversed or non-finite interval", () => {
    for (const bad of [[[3, 1]], [[0, Number.NaN]], [[Number.NEGATIVE_INFINITY, 0]]] as Interval[][]) {
      expect(() => unionIntervals(bad, [])).toThrow(RangeError);
      expect(() => intersectIntervals([], bad)).toThrow(RangeError);
      expect(() => subtractIntervals([[0, 1]], bad)).toThrow(RangeError);
    }
  });
});

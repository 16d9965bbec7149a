import { isFree, mergeRanges, overlaps } from "./solution";

const r = (start: number, end: number) => ({ start, end });

describe("overlaps and isFree", () => {
  it("lets touching ranges be", () => {
    expect(overlaps(r(1, 10), r(10, 12))).toBe(false);
    expect(overlaps(r(10, 12), r(1, 10))).toBe(false);
    expect(isFree([r(1, 10)], r(10, 12))).toBe(true);
  });
  it("finds real overlaps", () => {
    expect(overlaps(r(1, 10), r(9, 12))).toBe(true);
    expect(overlaps(r(3, 4), r(1, 10))).toBe(true);
    expect(isFree([r(1, 5), r(8, 9)], r(4, 6))).toBe(false);
  });
  it("throws a RangeError for bad ranges", () => {
    expect(() => overlaps(r(5, 5), r(1, 2))).toThrow(RangeError);
    expect(() => overlaps(r(1, 2), r(3, 2.5))).toThrow(RangeError);
    expect(() => isFree([r(2, 1)], r(1, 2))).toThrow(RangeError);
  });
});

describe("mergeRanges", () => {
  it("merges overlapping and touching ranges, sorted", () => {
    expect(mergeRanges([r(10, 12), r(1, 10), r(20, 25), r(2, 4), r(24, 30)])).toEqual([r(1, 12), r(20, 30)]);
  });
  it("keeps separate ranges apart", () => {
    expect(mergeRanges([r(5, 6), r(1, 2)])).toEqual([r(1, 2), r(5, 6)]);
    expect(mergeRanges([])).toEqual([]);
  });
  it("does not modify its input", () => {
    const input = [r(1, 5), r(3, 8)];
    mergeRanges(input);
    expect(input).toEqual([r(1, 5), r(3, 8)]);
  });
  it("throws a RangeError for bad ranges", () => {
    expect(() => mergeRanges([r(1, 2), r(4, 3)])).toThrow(RangeError);
  });
});

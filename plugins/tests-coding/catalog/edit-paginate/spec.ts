import { pageCount, paginate } from "./solution";

const items = Array.from({ length: 25 }, (_, i) => i + 1);

describe("pageCount", () => {
  it("rounds up so every item has a page", () => {
    expect(pageCount(25, 10)).toBe(3);
    expect(pageCount(20, 10)).toBe(2);
    expect(pageCount(1, 10)).toBe(1);
  });
  it("gives one page for no items", () => {
    expect(pageCount(0, 10)).toBe(1);
  });
  it("throws a RangeError for a page size that is not a positive integer", () => {
    expect(() => pageCount(10, 0)).toThrow(RangeError);
    expect(() => pageCount(10, -2)).toThrow(RangeError);
    expect(() => pageCount(10, 2.5)).toThrow(RangeError);
  });
});

describe("paginate", () => {
  it("reaches the last partial page", () => {
    expect(paginate(items, 3, 10)).toEqual({
      items: [21, 22, 23, 24, 25],
      page: 3,
      totalPages: 3,
      hasNext: false,
    });
  });
  it("has a next page before the last one", () => {
    expect(paginate(items, 2, 10).hasNext).toBe(true);
    expect(paginate(items, 1, 10).items).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
  });
  it("returns one empty page for an empty list", () => {
    expect(paginate([], 1, 10)).toEqual({ items: [], page: 1, totalPages: 1, hasNext: false });
  });
  it("throws a RangeError for a page outside 1..totalPages", () => {
    expect(() => paginate(items, 0, 10)).toThrow(RangeError);
    expect(() => paginate(items, 4, 10)).toThrow(RangeError);
    expect(() => paginate(items, 1.5, 10)).toThrow(RangeError);
  });
  it("throws a RangeError for a bad page size", () => {
    expect(() => paginate(items, 1, 0)).toThrow(RangeError);
  });
});

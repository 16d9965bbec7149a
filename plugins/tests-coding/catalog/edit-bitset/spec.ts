import { BitSet } from "./solution";

describe("BitSet", () => {
  it("keeps bits above 31 apart from low bits", () => {
    const set = new BitSet().add(32).add(100_000);
    expect(set.has(0)).toBe(false);
    expect(set.has(32)).toBe(true);
    expect(set.has(100_000)).toBe(true);
    expect(set.size).toBe(2);
  });
  it("adds, deletes and reports membership", () => {
    const set = new BitSet();
    expect(set.add(3)).toBe(set);
    expect(set.delete(3)).toBe(true);
    expect(set.delete(3)).toBe(false);
    expect(set.has(-1)).toBe(false);
    expect(set.has(1.5)).toBe(false);
  });
  it("lists values in ascending order", () => {
    expect(new BitSet().add(64).add(5).add(31).add(0).values()).toEqual([0, 5, 31, 64]);
  });
  it("builds unions and intersections without changing the operands", () => {
    const a = new BitSet().add(1).add(40).add(70);
    const b = new BitSet().add(40).add(2);
    expect(a.union(b).values()).toEqual([1, 2, 40, 70]);
    expect(a.intersection(b).values()).toEqual([40]);
    expect(a.values()).toEqual([1, 40, 70]);
    expect(b.values()).toEqual([2, 40]);
  });
  it("throws a RangeError for negative or fractional members", () => {
    expect(() => new BitSet().add(-1)).toThrow(RangeError);
    expect(() => new BitSet().add(2.5)).toThrow(RangeError);
  });
});

import { splitAmount } from "./solution";

const sum = (values: number[]) => values.reduce((total, value) => total + value, 0);

describe("splitAmount", () => {
  it("splits evenly when it can", () => {
    expect(splitAmount(90, [1, 1, 1])).toEqual([30, 30, 30]);
    expect(splitAmount(0, [2, 3])).toEqual([0, 0]);
  });

  it("gives leftover cents to the largest remainders", () => {
    expect(splitAmount(1000, [1, 2, 3])).toEqual([167, 333, 500]);
    expect(splitAmount(10, [3, 3, 4])).toEqual([3, 3, 4]);
    expect(splitAmount(7, [2, 5])).toEqual([2, 5]);
    expect(splitAmount(11, [1, 2, 4])).toEqual([2, 3, 6]);
    expect(splitAmount(9, [1, 2, 4])).toEqual([1, 3, 5]);
    expect(splitAmount(12, [1, 2, 4])).toEqual([2, 3, 7]);
  });

  it("breaks equal remainders by the lower index", () => {
    expect(splitAmount(100, [1, 1, 1])).toEqual([34, 33, 33]);
    expect(splitAmount(2, [1, 1, 1])).toEqual([1, 1, 0]);
    expect(splitAmount(5, [1, 1, 1, 1, 1, 1, 1])).toEqual([1, 1, 1, 1, 1, 0, 0]);
  });

  it("gives 0 to a zero weight and handles fractional weights", () => {
    expect(splitAmount(5, [1, 0, 1])).toEqual([3, 0, 2]);
    expect(splitAmount(100, [0.5, 0.25, 0.25])).toEqual([50, 25, 25]);
    expect(splitAmount(3, [0, 0, 2])).toEqual([0, 0, 3]);
  });

  it("always adds up to the total, each share off its exact value by less than a cent", () => {
    const weights = [3, 7, 11, 13, 17, 19];
    for (const total of [1, 2, 69, 70, 71, 997, 12345]) {
      const shares = splitAmount(total, weights);
      expect(sum(shares)).toBe(total);
      shares.forEach((share, i) => {
        expect(Math.abs(share - (total * (weights[i] as number)) / sum(weights))).toBeLessThan(1);
      });
    }
  });

  it("splits a negative total like its absolute value, negated, without -0", () => {
    expect(splitAmount(-100, [1, 1, 1])).toEqual([-34, -33, -33]);
    const shares = splitAmount(-1, [1, 1]);
    expect(shares).toEqual([-1, 0]);
    expect(Object.is(shares[1], 0)).toBe(true);
  });

  it("does not change the weights", () => {
    const weights = [3, 1, 2];
    splitAmount(10, weights);
    expect(weights).toEqual([3, 1, 2]);
  });

  it("throws a RangeError for a bad total or bad weights", () => {
    expect(() => splitAmount(10.5, [1])).toThrow(RangeError);
    expect(() => splitAmount(Number.NaN, [1])).toThrow(RangeError);
    expect(() => splitAmount(10, [])).toThrow(RangeError);
    expect(() => splitAmount(10, [1, -1, 2])).toThrow(RangeError);
    expect(() => splitAmount(10, [0, 0])).toThrow(RangeError);
    expect(() => splitAmount(10, [1, Number.POSITIVE_INFINITY])).toThrow(RangeError);
    expect(() => splitAmount(10, [Number.NaN])).toThrow(RangeError);
  });
});

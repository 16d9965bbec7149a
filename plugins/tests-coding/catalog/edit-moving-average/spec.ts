import { createMovingAverage } from "./solution";

describe("createMovingAverage", () => {
  it("averages the last window samples", () => {
    const avg = createMovingAverage(2);
    expect([1, 2, 3, 10].map((s) => avg.push(s))).toEqual([1, 1.5, 2.5, 6.5]);
    expect(avg.count).toBe(2);
  });
  it("stays exact over a long stream", () => {
    const avg = createMovingAverage(3);
    let last = 0;
    for (let i = 1; i <= 100; i++) last = avg.push(i);
    expect(last).toBe(99);
  });
  it("reports the average and resets", () => {
    const avg = createMovingAverage(3);
    expect(avg.average).toBeUndefined();
    avg.push(4);
    avg.push(8);
    expect(avg.average).toBe(6);
    avg.reset();
    expect(avg.average).toBeUndefined();
    expect(avg.count).toBe(0);
    expect(avg.push(1)).toBe(1);
  });
  it("validates the window and samples", () => {
    expect(() => createMovingAverage(0)).toThrow(RangeError);
    expect(() => createMovingAverage(2.5)).toThrow(RangeError);
    const avg = createMovingAverage(2);
    avg.push(2);
    expect(() => avg.push(Number.NaN)).toThrow(RangeError);
    expect(avg.average).toBe(2);
  });
});

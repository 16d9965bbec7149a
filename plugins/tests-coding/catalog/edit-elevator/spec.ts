import { createElevator } from "./solution";

function run(e: ReturnType<typeof createElevator>): number[] {
  const stops: number[] = [];
  for (let stop = e.step(); stop !== undefined; stop = e.step()) stops.push(stop);
  return stops;
}

describe("createElevator", () => {
  it("serves calls in the direction of travel", () => {
    const e = createElevator(10);
    for (const f of [5, 2, 8]) e.call(f);
    expect(e.step()).toBe(2);
    expect(e.direction).toBe("up");
    e.call(1);
    expect(run(e)).toEqual([5, 8, 1]);
    expect(e.direction).toBe("idle");
  });
  it("turns around when nothing is left ahead", () => {
    const e = createElevator(10);
    e.call(6);
    e.step();
    for (const f of [3, 9, 7, 4]) e.call(f);
    expect(e.step()).toBe(7);
    expect(e.direction).toBe("up");
    expect(e.step()).toBe(9);
    expect(e.step()).toBe(4);
    expect(e.direction).toBe("down");
    expect(e.step()).toBe(3);
  });
  it("heads for the nearest call when idle, preferring up on a tie", () => {
    const e = createElevator(10);
    e.call(4);
    e.step();
    e.call(2);
    e.call(6);
    expect(e.step()).toBe(6);
    const f = createElevator(10);
    f.call(6);
    f.step();
    f.call(5);
    f.call(9);
    expect(f.step()).toBe(5);
  });
  it("remembers a call once and ignores a call to the idle floor", () => {
    const e = createElevator(5);
    e.call(3);
    e.call(3);
    e.call(0);
    expect(run(e)).toEqual([3]);
    expect(e.step()).toBeUndefined();
    e.call(1);
    e.call(2);
    expect(e.step()).toBe(2);
    e.call(2);
    expect(run(e)).toEqual([1]);
    expect(e.direction).toBe("idle");
  });
  it("validates floors", () => {
    expect(() => createElevator(1)).toThrow(RangeError);
    expect(() => createElevator(2.5)).toThrow(RangeError);
    const e = createElevator(5);
    expect(() => e.call(5)).toThrow(RangeError);
    expect(() => e.call(-1)).toThrow(RangeError);
    expect(() => e.call(1.5)).toThrow(RangeError);
  });
});

import { describe, expect, it } from "vitest";
import { createRandom } from "./random.js";

function firstUint32s(seed: number, count: number): number[] {
  const random = createRandom(seed);
  return Array.from({ length: count }, () => random.nextUint32());
}

describe("createRandom", () => {
  // Expected values come from the authors' C reference (prng.di.unimi.it: splitmix64.c and
  // xoshiro128starstar.c), seeding s[0..3] with the low then high halves of two SplitMix64 outputs.
  it.each([
    [0, [3737715805, 2584255861, 2876756834, 3286328325, 1553311962]],
    [42, [1776835114, 4165204688, 17111135, 2317295270, 2792088233]],
    [-1, [477689756, 2493998634, 555695776, 607808419, 61340979]],
    [Number.MAX_SAFE_INTEGER, [1233166643, 1287031142, 661813442, 2960669951, 2601079046]],
  ])("seed %d: produces the same numbers as the C reference implementation", (seed, expected) => {
    expect(firstUint32s(seed, 5)).toEqual(expected);
  });

  it("repeats the same sequence for the same seed and a different one for another seed", () => {
    expect(firstUint32s(7, 100)).toEqual(firstUint32s(7, 100));
    expect(firstUint32s(7, 100)).not.toEqual(firstUint32s(8, 100));
  });

  it("returns floats in [0, 1) with a mean near one half", () => {
    const random = createRandom(1);
    let sum = 0;
    let smallest = 1;
    let largest = 0;
    for (let i = 0; i < 100_000; i++) {
      const value = random.next();
      smallest = Math.min(smallest, value);
      largest = Math.max(largest, value);
      sum += value;
    }
    expect(smallest).toBeGreaterThanOrEqual(0);
    expect(largest).toBeLessThan(1);
    expect(sum / 100_000).toBeCloseTo(0.5, 2);
  });

  it("nextInt: draws every integer below the bound about equally often", () => {
    const random = createRandom(3);
    const counts = new Array<number>(6).fill(0);
    for (let i = 0; i < 60_000; i++) counts[random.nextInt(6)]!++;
    for (const count of counts) expect(Math.abs(count - 10_000)).toBeLessThan(400);
    expect(createRandom(3).nextInt(1)).toBe(0);
  });

  it("nextInt: a bound of 2^32 returns the raw 32-bit outputs, and large bounds stay in range", () => {
    const random = createRandom(42);
    expect(Array.from({ length: 5 }, () => random.nextInt(2 ** 32))).toEqual(firstUint32s(42, 5));
    for (let i = 0; i < 1000; i++) {
      const draw = random.nextInt(3_000_000_000);
      expect(Number.isInteger(draw) && draw >= 0 && draw < 3_000_000_000).toBe(true);
    }
  });

  it.each([
    ["seed: a fraction", () => createRandom(1.5)],
    ["seed: NaN", () => createRandom(Number.NaN)],
    ["seed: beyond safe integers", () => createRandom(2 ** 60)],
    ["nextInt: bound 0", () => createRandom(1).nextInt(0)],
    ["nextInt: a fractional bound", () => createRandom(1).nextInt(2.5)],
  ])("%s is refused with a RangeError", (_name, call) => {
    expect(call).toThrow(RangeError);
  });
});

import { describe, expect, it } from "vitest";
import { pairedBootstrapDelta } from "./bootstrap.js";
import { classifyDelta } from "./classify-delta.js";

/** Builds paired outcomes with the given numbers of flips plus `steady` items passing in both runs. */
function pairedOutcomes(passToFail: number, failToPass: number, steady = 20): { a: boolean[]; b: boolean[] } {
  const repeat = (value: boolean, count: number): boolean[] => new Array<boolean>(count).fill(value);
  return {
    a: [...repeat(true, passToFail), ...repeat(false, failToPass), ...repeat(true, steady)],
    b: [...repeat(false, passToFail), ...repeat(true, failToPass), ...repeat(true, steady)],
  };
}

describe("classifyDelta", () => {
  it("calls pass outcomes improved when McNemar's p is below 0.05 and more items now pass", () => {
    expect(classifyDelta(pairedOutcomes(1, 9))).toBe("improved"); // p ≈ 0.0215
  });

  it("calls pass outcomes regressed when McNemar's p is below 0.05 and more items now fail", () => {
    expect(classifyDelta(pairedOutcomes(9, 1))).toBe("regressed");
  });

  it("calls pass outcomes within noise when the flips are balanced or too few", () => {
    expect(classifyDelta(pairedOutcomes(5, 5))).toBe("within noise");
    expect(classifyDelta(pairedOutcomes(0, 4))).toBe("within noise"); // p = 0.125
    expect(classifyDelta(pairedOutcomes(0, 0))).toBe("within noise");
  });

  it("alpha: a stricter level keeps a p = 0.03125 change within noise", () => {
    expect(classifyDelta(pairedOutcomes(0, 6))).toBe("improved");
    expect(classifyDelta({ ...pairedOutcomes(0, 6), alpha: 0.01 })).toBe("within noise");
  });

  it("calls a score delta improved or regressed only when its interval excludes 0", () => {
    expect(classifyDelta({ interval: { lower: 0.1, upper: 0.3 } })).toBe("improved");
    expect(classifyDelta({ interval: { lower: -0.3, upper: -0.1 } })).toBe("regressed");
    expect(classifyDelta({ interval: { lower: -0.1, upper: 0.2 } })).toBe("within noise");
    expect(classifyDelta({ interval: { lower: 0, upper: 0.2 } })).toBe("within noise");
    expect(classifyDelta({ interval: { lower: Number.NaN, upper: Number.NaN } })).toBe("within noise");
  });

  it("higherIsBetter: false turns a rise (slower latency) into a regression", () => {
    expect(classifyDelta({ interval: { lower: 120, upper: 340 }, higherIsBetter: false })).toBe("regressed");
    expect(classifyDelta({ interval: { lower: -340, upper: -120 }, higherIsBetter: false })).toBe("improved");
  });

  it("takes the interval of pairedBootstrapDelta directly", () => {
    const a = [0.2, 0.5, 0.4, 0.9, 0.3, 0.6, 0.7, 0.1];
    const b = a.map((score) => score + 0.1);
    expect(classifyDelta({ interval: pairedBootstrapDelta(a, b, { seed: 1 }) })).toBe("improved");
  });

  it("alpha: outside (0, 1) is refused with a RangeError", () => {
    expect(() => classifyDelta({ a: [], b: [], alpha: 5 })).toThrow(RangeError);
  });
});

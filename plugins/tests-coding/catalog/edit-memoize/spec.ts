import { memoize } from "./solution";

function counted<A extends unknown[], R>(fn: (...args: A) => R) {
  let calls = 0;
  const wrapped = memoize((...args: A) => {
    calls++;
    return fn(...args);
  });
  return { wrapped, calls: () => calls };
}

describe("memoize", () => {
  it("does not confuse joined strings with separate arguments", () => {
    const { wrapped } = counted((...parts: string[]) => parts.length);
    expect(wrapped("a", "b")).toBe(2);
    expect(wrapped("a,b")).toBe(1);
  });
  it("tells 1 from '1' and one object from another", () => {
    const { wrapped, calls } = counted((value: unknown) => typeof value);
    expect(wrapped(1)).toBe("number");
    expect(wrapped("1")).toBe("string");
    const first = {};
    wrapped(first);
    wrapped({});
    wrapped(first);
    expect(calls()).toBe(4);
  });
  it("reuses results for the same arguments, NaN included", () => {
    const { wrapped, calls } = counted((a: number, b: number) => a + b);
    wrapped(1, 2);
    wrapped(1, 2);
    wrapped(Number.NaN, 1);
    wrapped(Number.NaN, 1);
    expect(calls()).toBe(2);
  });
  it("tells calls with fewer arguments apart", () => {
    const { wrapped } = counted((...args: unknown[]) => args.length);
    expect(wrapped(undefined)).toBe(1);
    expect(wrapped()).toBe(0);
  });
  it("caches undefined results", () => {
    const { wrapped, calls } = counted((_: number) => undefined);
    wrapped(1);
    wrapped(1);
    expect(calls()).toBe(1);
  });
  it("clears and counts its cache", () => {
    const { wrapped, calls } = counted((a: number) => a * 2);
    wrapped(1);
    wrapped(2);
    expect(wrapped.size).toBe(2);
    wrapped.clear();
    expect(wrapped.size).toBe(0);
    wrapped(1);
    expect(calls()).toBe(3);
  });
});

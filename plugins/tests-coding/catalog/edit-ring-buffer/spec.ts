import { createRingBuffer } from "./solution";

describe("createRingBuffer", () => {
  it("lists elements oldest first after wrapping", () => {
    const b = createRingBuffer<number>(3);
    b.push(1);
    b.push(2);
    b.push(3);
    expect(b.shift()).toBe(1);
    expect(b.shift()).toBe(2);
    b.push(4);
    b.push(5);
    expect(b.toArray()).toEqual([3, 4, 5]);
    expect(b.size).toBe(3);
  });
  it("refuses a push when full without overwrite", () => {
    const b = createRingBuffer<string>(2);
    expect(b.push("a")).toBe(true);
    expect(b.push("b")).toBe(true);
    expect(b.push("c")).toBe(false);
    expect(b.toArray()).toEqual(["a", "b"]);
    const c = createRingBuffer<string>(1, { overwrite: false });
    c.push("a");
    expect(c.push("b")).toBe(false);
  });
  it("drops the oldest element with overwrite", () => {
    const b = createRingBuffer<number>(3, { overwrite: true });
    for (let i = 1; i <= 7; i++) expect(b.push(i)).toBe(true);
    expect(b.toArray()).toEqual([5, 6, 7]);
    expect(b.size).toBe(3);
    expect(b.shift()).toBe(5);
    b.push(8);
    expect(b.toArray()).toEqual([6, 7, 8]);
  });
  it("returns a new array", () => {
    const b = createRingBuffer<number>(2);
    b.push(1);
    b.toArray().push(99);
    expect(b.toArray()).toEqual([1]);
  });
  it("throws a RangeError for a bad capacity", () => {
    expect(() => createRingBuffer(0)).toThrow(RangeError);
    expect(() => createRingBuffer(2.5)).toThrow(RangeError);
  });
});

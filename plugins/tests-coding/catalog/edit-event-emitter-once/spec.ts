import { createEmitter } from "./solution";

describe("createEmitter", () => {
  it("once runs a listener on the next emit only", () => {
    const e = createEmitter();
    const seen: unknown[] = [];
    e.once("x", (v) => seen.push(v));
    expect(e.emit("x", 1)).toBe(1);
    expect(e.emit("x", 2)).toBe(0);
    expect(seen).toEqual([1]);
    expect(e.listenerCount("x")).toBe(0);
  });
  it("once returns an unsubscribe function", () => {
    const e = createEmitter();
    const seen: unknown[] = [];
    const stop = e.once("x", (v) => seen.push(v));
    stop();
    e.emit("x", 1);
    expect(seen).toEqual([]);
  });
  it("does not skip a listener when an earlier one removes itself", () => {
    const e = createEmitter();
    const calls: string[] = [];
    const first = () => {
      calls.push("first");
      e.off("x", first);
    };
    e.on("x", first);
    e.on("x", () => calls.push("second"));
    expect(e.emit("x")).toBe(2);
    expect(calls).toEqual(["first", "second"]);
    e.emit("x");
    expect(calls).toEqual(["first", "second", "second"]);
  });
  it("calls two once listeners in a row", () => {
    const e = createEmitter();
    const calls: number[] = [];
    e.once("x", () => calls.push(1));
    e.once("x", () => calls.push(2));
    e.emit("x");
    expect(calls).toEqual([1, 2]);
  });
  it("off with an unknown listener changes nothing", () => {
    const e = createEmitter();
    const calls: string[] = [];
    e.on("x", () => calls.push("kept"));
    e.off("x", () => undefined);
    e.emit("x");
    expect(calls).toEqual(["kept"]);
  });
  it("on and its unsubscribe function work on their own", () => {
    const e = createEmitter();
    const calls: string[] = [];
    const { on } = e;
    const stop = on("x", () => calls.push("a"));
    stop();
    e.emit("x");
    expect(calls).toEqual([]);
    expect(e.listenerCount("x")).toBe(0);
  });
  it("passes arguments and counts listeners", () => {
    const e = createEmitter();
    const seen: unknown[][] = [];
    e.on("x", (...args) => seen.push(args));
    e.on("x", (...args) => seen.push(args));
    expect(e.emit("x", 1, "b")).toBe(2);
    expect(seen).toEqual([
      [1, "b"],
      [1, "b"],
    ]);
  });
});

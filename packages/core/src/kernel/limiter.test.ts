import { describe, expect, it } from "vitest";
import { createLimiter } from "./limiter.js";

describe("createLimiter", () => {
  it("admits up to its limit, then queues takers in order and hands a released slot to the first", async () => {
    const limiter = createLimiter(2);
    expect(limiter.tryTake()).toBe(true);
    await limiter.take();
    expect(limiter.active).toBe(2);
    expect(limiter.canTake()).toBe(false);
    expect(limiter.tryTake()).toBe(false);

    const order: string[] = [];
    const a = limiter.take().then(() => order.push("a"));
    const b = limiter.take().then(() => order.push("b"));
    expect(limiter.waiting).toBe(2);
    limiter.release();
    await a;
    expect(order).toEqual(["a"]);
    expect(limiter.active).toBe(2);
    limiter.release();
    await b;
    expect(order).toEqual(["a", "b"]);
    limiter.release();
    limiter.release();
    expect(limiter.active).toBe(0);
    expect(limiter.max).toBe(2);
  });

  it("refuses tryTake while someone waits, even with a free slot count", async () => {
    const limiter = createLimiter(1);
    await limiter.take();
    const waiting = limiter.take();
    expect(limiter.tryTake()).toBe(false);
    limiter.release();
    await waiting;
    expect(limiter.active).toBe(1);
  });

  it("rejects waiters, and later takers, with the reason of its aborted signal", async () => {
    const controller = new AbortController();
    const limiter = createLimiter(1, { signal: controller.signal });
    await limiter.take();
    const waiting = limiter.take();
    controller.abort(new Error("run aborted"));
    await expect(waiting).rejects.toThrow("run aborted");
    await expect(limiter.take()).rejects.toThrow("run aborted");
    expect(limiter.waiting).toBe(0);
  });

  it("treats a limit below 1 as 1", () => {
    const limiter = createLimiter(0);
    expect(limiter.limit).toBe(1);
    expect(limiter.tryTake()).toBe(true);
    expect(limiter.tryTake()).toBe(false);
  });
});

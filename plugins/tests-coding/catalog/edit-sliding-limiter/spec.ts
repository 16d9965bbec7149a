import { createLimiter } from "./solution";

function setup(limit = 2, windowMs = 1000) {
  let time = 0;
  const limiter = createLimiter(limit, windowMs, () => time);
  return { limiter, at: (t: number) => (time = t) };
}

describe("createLimiter", () => {
  it("allows exactly limit requests in a window", () => {
    const { limiter, at } = setup(2);
    expect(limiter.tryAcquire("a")).toBe(true);
    at(10);
    expect(limiter.tryAcquire("a")).toBe(true);
    expect(limiter.tryAcquire("a")).toBe(false);
    expect(limiter.tryAcquire("b")).toBe(true);
  });
  it("stops counting a request exactly windowMs old", () => {
    const { limiter, at } = setup(1, 1000);
    limiter.tryAcquire("a");
    at(999);
    expect(limiter.tryAcquire("a")).toBe(false);
    at(1000);
    expect(limiter.tryAcquire("a")).toBe(true);
  });
  it("does not record refused requests", () => {
    const { limiter, at } = setup(1, 1000);
    limiter.tryAcquire("a");
    at(500);
    limiter.tryAcquire("a");
    at(1000);
    expect(limiter.tryAcquire("a")).toBe(true);
  });
  it("reports remaining requests and when to retry", () => {
    const { limiter, at } = setup(2, 1000);
    expect(limiter.remaining("a")).toBe(2);
    expect(limiter.retryAfter("a")).toBe(0);
    limiter.tryAcquire("a");
    at(300);
    limiter.tryAcquire("a");
    expect(limiter.remaining("a")).toBe(0);
    at(400);
    expect(limiter.retryAfter("a")).toBe(600);
    at(1000);
    expect(limiter.retryAfter("a")).toBe(0);
    expect(limiter.remaining("a")).toBe(1);
  });
  it("forgets clients without counting requests", () => {
    const { limiter, at } = setup(2, 100);
    limiter.tryAcquire("a");
    limiter.tryAcquire("b");
    expect(limiter.clients).toBe(2);
    at(100);
    expect(limiter.clients).toBe(0);
  });
  it("validates its options", () => {
    expect(() => createLimiter(0, 10, () => 0)).toThrow(RangeError);
    expect(() => createLimiter(1.5, 10, () => 0)).toThrow(RangeError);
    expect(() => createLimiter(1, 0, () => 0)).toThrow(RangeError);
    expect(() => createLimiter(1, Number.POSITIVE_INFINITY, () => 0)).toThrow(RangeError);
  });
});

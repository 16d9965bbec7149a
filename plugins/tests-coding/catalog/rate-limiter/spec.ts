import { createRateLimiter } from "./solution";

function createClock(start = 1_000_000) {
  let time = start;
  return {
    now: () => time,
    advance(ms: number) {
      time += ms;
    },
    set(ms: number) {
      time = ms;
    },
  };
}

describe("createRateLimiter", () => {
  it("starts full", () => {
    const clock = createClock();
    const limiter = createRateLimiter({ capacity: 3, refillPerSecond: 1, now: clock.now });
    expect(limiter.available()).toBe(3);
    expect(limiter.tryRemove()).toBe(true);
    expect(limiter.tryRemove()).toBe(true);
    expect(limiter.tryRemove()).toBe(true);
    expect(limiter.tryRemove()).toBe(false);
    expect(limiter.available()).toBe(0);
  });

  it("removes several tokens at once", () => {
    const clock = createClock();
    const limiter = createRateLimiter({ capacity: 10, refillPerSecond: 1, now: clock.now });
    expect(limiter.tryRemove(7)).toBe(true);
    expect(limiter.available()).toBe(3);
  });

  it("removes nothing when there are not enough tokens", () => {
    const clock = createClock();
    const limiter = createRateLimiter({ capacity: 5, refillPerSecond: 1, now: clock.now });
    expect(limiter.tryRemove(3)).toBe(true);
    expect(limiter.tryRemove(3)).toBe(false);
    expect(limiter.available()).toBe(2);
    expect(limiter.tryRemove(2)).toBe(true);
  });

  it("adds no tokens while the clock stands still", () => {
    const clock = createClock();
    const limiter = createRateLimiter({ capacity: 2, refillPerSecond: 1000, now: clock.now });
    limiter.tryRemove(2);
    expect(limiter.tryRemove()).toBe(false);
    expect(limiter.available()).toBe(0);
    expect(limiter.tryRemove()).toBe(false);
  });

  it("refills continuously, not once per second", () => {
    const clock = createClock();
    const limiter = createRateLimiter({ capacity: 4, refillPerSecond: 2, now: clock.now });
    limiter.tryRemove(4);
    clock.advance(499);
    expect(limiter.available()).toBe(0);
    clock.advance(1);
    expect(limiter.available()).toBe(1);
    expect(limiter.tryRemove()).toBe(true);
    clock.advance(750);
    expect(limiter.available()).toBe(1);
  });

  it("keeps fractions of tokens between calls", () => {
    const clock = createClock();
    const limiter = createRateLimiter({ capacity: 1, refillPerSecond: 1, now: clock.now });
    limiter.tryRemove();
    clock.advance(400);
    expect(limiter.tryRemove()).toBe(false);
    clock.advance(400);
    expect(limiter.available()).toBe(0);
    clock.advance(400);
    expect(limiter.tryRemove()).toBe(true);
  });

  it("never holds more than its capacity", () => {
    const clock = createClock();
    const limiter = createRateLimiter({ capacity: 3, refillPerSecond: 10, now: clock.now });
    limiter.tryRemove();
    clock.advance(60_000);
    expect(limiter.available()).toBe(3);
    expect(limiter.tryRemove(3)).toBe(true);
    expect(limiter.tryRemove()).toBe(false);
  });

  it("refuses more tokens than its capacity", () => {
    const clock = createClock();
    const limiter = createRateLimiter({ capacity: 3, refillPerSecond: 1, now: clock.now });
    expect(limiter.tryRemove(4)).toBe(false);
    expect(limiter.available()).toBe(3);
    expect(limiter.msUntilAvailable(4)).toBe(Infinity);
  });

  it("reads time only from the injected clock", () => {
    const clock = createClock(0);
    const limiter = createRateLimiter({ capacity: 1, refillPerSecond: 1, now: clock.now });
    limiter.tryRemove();
    expect(limiter.tryRemove()).toBe(false);
    clock.set(1000);
    expect(limiter.tryRemove()).toBe(true);
  });

  it("ignores a clock that goes backwards", () => {
    const clock = createClock(10_000);
    const limiter = createRateLimiter({ capacity: 2, refillPerSecond: 1, now: clock.now });
    limiter.tryRemove(2);
    clock.set(5_000);
    expect(limiter.available()).toBe(0);
    expect(limiter.tryRemove()).toBe(false);
    clock.set(10_500);
    expect(limiter.available()).toBe(0);
    clock.set(11_000);
    expect(limiter.available()).toBe(1);
  });

  it("makes independent limiters", () => {
    const clock = createClock();
    const first = createRateLimiter({ capacity: 1, refillPerSecond: 1, now: clock.now });
    const second = createRateLimiter({ capacity: 1, refillPerSecond: 1, now: clock.now });
    expect(first.tryRemove()).toBe(true);
    expect(second.tryRemove()).toBe(true);
    expect(first.tryRemove()).toBe(false);
  });
});

describe("msUntilAvailable", () => {
  it("is 0 when the tokens are there", () => {
    const clock = createClock();
    const limiter = createRateLimiter({ capacity: 2, refillPerSecond: 1, now: clock.now });
    expect(limiter.msUntilAvailable()).toBe(0);
    expect(limiter.msUntilAvailable(2)).toBe(0);
  });

  it("gives the exact wait and removes nothing", () => {
    const clock = createClock();
    const limiter = createRateLimiter({ capacity: 4, refillPerSecond: 2, now: clock.now });
    limiter.tryRemove(4);
    expect(limiter.msUntilAvailable()).toBe(500);
    expect(limiter.msUntilAvailable(3)).toBe(1500);
    clock.advance(200);
    expect(limiter.msUntilAvailable()).toBe(300);
    clock.advance(300);
    expect(limiter.msUntilAvailable()).toBe(0);
    expect(limiter.tryRemove()).toBe(true);
  });

  it("rounds a fractional wait up", () => {
    const clock = createClock();
    const limiter = createRateLimiter({ capacity: 1, refillPerSecond: 3, now: clock.now });
    limiter.tryRemove();
    expect(limiter.msUntilAvailable()).toBe(334);
    clock.advance(333);
    expect(limiter.tryRemove()).toBe(false);
    clock.advance(1);
    expect(limiter.tryRemove()).toBe(true);
  });
});

describe("validation", () => {
  it("throws a RangeError for an invalid capacity or rate", () => {
    const now = () => 0;
    expect(() => createRateLimiter({ capacity: 0, refillPerSecond: 1, now })).toThrow(RangeError);
    expect(() => createRateLimiter({ capacity: 2.5, refillPerSecond: 1, now })).toThrow(RangeError);
    expect(() => createRateLimiter({ capacity: 1, refillPerSecond: 0, now })).toThrow(RangeError);
    expect(() => createRateLimiter({ capacity: 1, refillPerSecond: -1, now })).toThrow(RangeError);
  });

  it("throws a RangeError for a token count that is not a positive integer", () => {
    const limiter = createRateLimiter({ capacity: 5, refillPerSecond: 1, now: () => 0 });
    expect(() => limiter.tryRemove(0)).toThrow(RangeError);
    expect(() => limiter.tryRemove(-2)).toThrow(RangeError);
    expect(() => limiter.tryRemove(1.5)).toThrow(RangeError);
    expect(() => limiter.msUntilAvailable(0)).toThrow(RangeError);
    expect(limiter.available()).toBe(5);
  });
});

export interface RateLimiterOptions {
  capacity: number;
  refillPerSecond: number;
  now: () => number;
}

export interface RateLimiter {
  tryRemove(tokens?: number): boolean;
  available(): number;
  msUntilAvailable(tokens?: number): number;
}

export function createRateLimiter(options: RateLimiterOptions): RateLimiter {
  const { capacity, refillPerSecond, now } = options;
  if (!Number.isInteger(capacity) || capacity < 1) {
    throw new RangeError(`capacity must be a positive integer, got ${capacity}`);
  }
  if (!Number.isFinite(refillPerSecond) || refillPerSecond <= 0) {
    throw new RangeError(`refillPerSecond must be a positive finite number, got ${refillPerSecond}`);
  }
  let tokens = capacity;
  let last = now();

  function refill(): void {
    const time = now();
    if (time > last) {
      tokens = Math.min(capacity, tokens + ((time - last) * refillPerSecond) / 1000);
      last = time;
    }
  }

  function checkCount(count: number): void {
    if (!Number.isInteger(count) || count < 1) {
      throw new RangeError(`tokens must be a positive integer, got ${count}`);
    }
  }

  return {
    tryRemove(count = 1) {
      checkCount(count);
      refill();
      if (count > tokens) {
        tokens = Math.max(0, tokens - count);
        return false;
      }
      tokens -= count;
      return true;
    },
    available() {
      refill();
      return Math.floor(tokens);
    },
    msUntilAvailable(count = 1) {
      checkCount(count);
      if (count > capacity) return Number.POSITIVE_INFINITY;
      refill();
      if (count <= tokens) return 0;
      return Math.ceil(((count - tokens) * 1000) / refillPerSecond);
    },
  };
}

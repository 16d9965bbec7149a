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

export declare function createRateLimiter(options: RateLimiterOptions): RateLimiter;

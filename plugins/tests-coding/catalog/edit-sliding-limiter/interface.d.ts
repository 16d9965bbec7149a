export declare function createLimiter(
  limit: number,
  windowMs: number,
  now: () => number,
): {
  tryAcquire(client: string): boolean;
  remaining(client: string): number;
  retryAfter(client: string): number;
  readonly clients: number;
};

export interface RetryOptions {
  attempts: number;
  /** Delay before the second attempt; doubled before each later one. Default 0. */
  baseDelayMs?: number;
  /** Upper bound of any single delay. Default no bound. */
  maxDelayMs?: number;
  /** Says whether an error is worth another attempt. Default: every error is. */
  retryIf?: (error: unknown) => boolean;
  /** Waits; injected so tests need no timers. Default setTimeout. */
  sleep?: (ms: number) => Promise<void>;
}
export declare function retry<T>(operation: () => Promise<T>, options: RetryOptions): Promise<T>;

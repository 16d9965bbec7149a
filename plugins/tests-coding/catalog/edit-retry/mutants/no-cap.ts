// Retries a flaky async operation.
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

const defaultSleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

export async function retry<T>(operation: () => Promise<T>, options: RetryOptions): Promise<T> {
  const {
    attempts,
    baseDelayMs = 0,
    maxDelayMs = Number.POSITIVE_INFINITY,
    retryIf = () => true,
    sleep = defaultSleep,
  } = options;
  if (!Number.isInteger(attempts) || attempts < 1)
    throw new RangeError(`attempts must be a positive integer, got ${attempts}`);
  for (let attempt = 1; ; attempt++) {
    try {
      return await operation();
    } catch (error) {
      if (attempt >= attempts || !retryIf(error)) throw error;
      const delay = baseDelayMs * 2 ** (attempt - 1);
      if (delay > 0) await sleep(delay);
    }
  }
}

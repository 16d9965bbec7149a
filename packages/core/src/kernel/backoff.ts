// Retry delays: exponential backoff with jitter, seeded by the item so a rerun waits the same way.
import { createRandom } from "../stats/random.js";

/** Retry settings (the config's `retries`). */
export interface RetryPolicy {
  max: number;
  baseDelayMs: number;
  maxDelayMs: number;
}

/**
 * The delay before retry number `attempt` (1 = first retry): base·2^(attempt−1), capped, times a
 * jitter factor in [0.5, 1) drawn from a generator seeded by `seed` and the attempt.
 */
export function retryDelayMs(policy: RetryPolicy, attempt: number, seed: string): number {
  const exponential = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** (attempt - 1));
  const random = createRandom(seedNumber(seed) + attempt);
  return Math.round(exponential * (0.5 + 0.5 * random.next()));
}

/**
 * A safe integer from any seed text: FNV-1a (32 bits) of its characters. An item hash and a
 * `harness|model` pair (a warm-up's retries) are both seeds.
 */
function seedNumber(seed: string): number {
  let hash = 0x811c9dc5;
  for (let index = 0; index < seed.length; index++) {
    hash ^= seed.charCodeAt(index);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash;
}

/** Resolves after `ms`, or rejects with the signal's reason when it aborts first. */
export function sleep(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal.aborted) return reject(signal.reason);
    const onAbort = () => {
      clearTimeout(timer);
      reject(signal.reason);
    };
    const timer = setTimeout(() => {
      signal.removeEventListener("abort", onAbort);
      resolve();
    }, ms);
    signal.addEventListener("abort", onAbort, { once: true });
  });
}

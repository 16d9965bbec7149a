// Real waiting for modelled time: each call advances a modelled clock and sleeps until the scaled
// wall clock catches up, so many small steps add up to the right total without drifting.

import { setTimeout as sleep } from "node:timers/promises";

/** Sleeps `factor` real milliseconds per modelled millisecond. */
export class Pacer {
  readonly #factor: number;
  readonly #signal: AbortSignal;
  readonly #start = performance.now();
  #modelledMs = 0;

  constructor(factor: number, signal: AbortSignal) {
    this.#factor = Number.isFinite(factor) && factor > 0 ? factor : 0;
    this.#signal = signal;
  }

  /** Advances the modelled clock and waits until the real clock reaches it; rejects on abort. */
  async advance(modelledMs: number): Promise<void> {
    this.#modelledMs += modelledMs;
    if (this.#factor === 0) return;
    const waitMs = this.#start + this.#modelledMs * this.#factor - performance.now();
    if (waitMs >= 1) await sleep(waitMs, undefined, { signal: this.#signal });
  }
}

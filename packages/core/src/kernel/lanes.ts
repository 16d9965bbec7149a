// The kernel's lanes: generation slots (global, and per harness) and scoring slots, each a limiter,
// plus the back-pressure rule between them and the "something changed" signal the scheduler waits on.
// Scoring item n overlaps generating item n+1, but generations stop while more answers wait to be
// scored than there are scoring slots, so a harness faster than its scorer cannot pile answers up.
import { createLimiter, type Limiter } from "./limiter.js";
import type { RunControl } from "./run-control.js";

/** Options of {@link createLanes}. */
export interface LanesOptions {
  /** Generation slots across harnesses. */
  concurrency: number;
  /** Generation slots per harness id (default and ceiling: `concurrency`). */
  harnessLimits?: Readonly<Record<string, number>>;
  /** Scoring slots (default: `concurrency`). */
  scoreConcurrency?: number;
  control: RunControl;
}

/** The generation and scoring lanes of one run. */
export interface Lanes {
  /** True when an item of `harness` may start generating now. */
  canGenerate(harness: string): boolean;
  /** True when a cached item may start scoring now. */
  canScore(): boolean;
  /** Takes a generation slot of `harness` (after {@link Lanes.canGenerate}); returns its release. */
  takeGeneration(harness: string): () => void;
  /** Takes a scoring slot now (after {@link Lanes.canScore}). */
  takeScoring(): void;
  /**
   * Waits for a scoring slot for a generated answer, counted as waiting meanwhile. `yieldFirst` lets
   * the scheduler hand a just-freed generation slot to the next item before this one queues.
   * Rejects when the run aborts.
   */
  waitForScoring(yieldFirst: boolean): Promise<void>;
  /** Gives a scoring slot back. */
  releaseScoring(): void;
  /** Resolves at the next change of any lane, stop or abort. */
  changed(): Promise<void>;
  /** Most generations in flight at once, overall and by harness. */
  readonly maxInFlight: number;
  maxInFlightByHarness(): Record<string, number>;
}

/** Creates the lanes of a run. */
export function createLanes(options: LanesOptions): Lanes {
  const { control } = options;
  const concurrency = Math.max(1, options.concurrency);
  const generation = createLimiter(concurrency);
  const byHarness = new Map<string, Limiter>();
  const scoring = createLimiter(options.scoreConcurrency ?? concurrency, { signal: control.signal });
  // Answers generated and not yet scoring (waiting for a slot).
  let answersWaiting = 0;
  let wakeWaiters: (() => void)[] = [];
  const wake = () => {
    const waiting = wakeWaiters;
    wakeWaiters = [];
    for (const resolve of waiting) resolve();
  };
  control.onStop(wake);
  control.signal.addEventListener("abort", wake, { once: true });

  const harnessLane = (harness: string): Limiter => {
    let lane = byHarness.get(harness);
    if (!lane) {
      const limit = options.harnessLimits?.[harness] ?? concurrency;
      lane = createLimiter(Math.max(1, Math.min(concurrency, limit)));
      byHarness.set(harness, lane);
    }
    return lane;
  };

  return {
    canGenerate: (harness) =>
      generation.canTake() && harnessLane(harness).canTake() && answersWaiting < scoring.limit,
    canScore: () => scoring.canTake(),
    takeGeneration(harness) {
      const lane = harnessLane(harness);
      generation.tryTake();
      lane.tryTake();
      let held = true;
      return () => {
        if (!held) return;
        held = false;
        generation.release();
        lane.release();
        wake();
      };
    },
    takeScoring: () => {
      scoring.tryTake();
    },
    async waitForScoring(yieldFirst) {
      answersWaiting++;
      try {
        if (yieldFirst) await new Promise<void>((resolve) => setImmediate(resolve));
        await scoring.take();
      } finally {
        answersWaiting--;
        wake();
      }
    },
    releaseScoring() {
      scoring.release();
      // Either a scoring slot or a place in the scoring queue is free: the scheduler may go on.
      wake();
    },
    changed: () => new Promise<void>((resolve) => wakeWaiters.push(resolve)),
    get maxInFlight() {
      return generation.max;
    },
    maxInFlightByHarness() {
      const max: Record<string, number> = {};
      for (const [harness, lane] of byHarness) if (lane.max > 0) max[harness] = lane.max;
      return max;
    },
  };
}

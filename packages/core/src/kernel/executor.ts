// The Executor seam: the kernel hands it one serialisable item unit at a time and gets an ItemResult
// back. The default runs units in-process; a distributed executor can run them on other machines while
// the kernel on the coordinating machine stays the only writer of the run.

import type { Sampling, Timeouts } from "../config/config-schema.js";
import type { RunEvent } from "../events/run-event.js";
import type { Generation } from "../generation/generation.js";
import type { PlanItem } from "../plan/plan-schema.js";
import type { BenchTest } from "../plugin/bench-test.js";
import type { ComponentContext, Harness, LoadInfo } from "../plugin/contracts.js";
import type { ArtifactWriter, Clock, Logger } from "../plugin/services.js";
import type { ItemResult } from "../results/item-result.js";
import type { Score } from "../score/score.js";
import type { RetryPolicy } from "./backoff.js";

/** One item as a unit of work: plain data only, so it can cross a process or machine boundary. */
export interface ItemUnit {
  runId: string;
  /** Position of the item in the plan. */
  index: number;
  item: PlanItem;
  modelDigest?: string;
  test: BenchTest;
  sampling: Sampling;
  /** Stage timeouts for the item's model (config timeouts with the model's overrides). */
  timeouts: Timeouts;
  retries: RetryPolicy;
  scorer: { id: string; version: string };
  /**
   * The cached generation to score instead of generating, when the cache had one: with its cached scores
   * and the time each of them took (by score cache key; absent in entries older than that record).
   */
  cached?: {
    generation: Generation;
    runId: string;
    scores?: Record<string, Score>;
    scoreMs?: Record<string, number>;
  };
  /** Whether the cache is used at all (`--no-cache` turns it off). */
  cache: boolean;
  /**
   * Repair rounds for a failed first answer (`run --repair` on a test that can be repaired): at most
   * `attempts` rounds, each failure report cut to `feedbackBytes`. Absent: no repair.
   */
  repair?: { attempts: number; feedbackBytes: number };
}

/** A repair round's cached answer and its scores (by score cache key), as the cache keeps them. */
export interface CachedRepair {
  generation: Generation;
  runId: string;
  scores?: Record<string, Score>;
  scoreMs?: Record<string, number>;
}

/** What the kernel gives an executor for one unit. */
export interface ExecuteContext {
  /** Aborts when the run is aborted (second Ctrl-C, grace period over): drop the item. */
  signal: AbortSignal;
  /**
   * Aborts when the run is stopped (first Ctrl-C), and when it is aborted. An item whose generation the
   * cache keeps stops scoring and judging at once on it and is dropped (a resume scores the cached
   * answer again), so a slow or runaway scorer never holds a Ctrl-C up.
   */
  stopSignal?: AbortSignal;
  clock: Clock;
  logger: Logger;
  emit(event: RunEvent): void;
  artifacts: ArtifactWriter;
  reportProcess(pid: number): void;
  /** Loads the unit's model on its harness once per model group; rejects with the prepare failure. */
  ensureModel(): Promise<void>;
  /**
   * Says the generation stage is over (with the generation, or undefined when it failed): the kernel
   * caches it and gives the generation slot to the next item. Resolves when a scoring slot is free.
   */
  generated(generation: Generation | undefined): Promise<void>;
  /**
   * Scores of the answer by score cache key, when the cache is on: the cached ones, and new ones to keep
   * with the milliseconds scoring took (a later replay of the item reports that time).
   */
  scoreCache?: {
    get(key: string): Score | undefined;
    put(key: string, score: Score, scoreMs?: number): void;
  };
  /**
   * Repair rounds' answers by the hash of the conversation so far, when the cache is on: a rerun of a
   * repaired item replays its rounds instead of asking the model again.
   */
  repairCache?: {
    get(hash: string): CachedRepair | undefined;
    /** Keeps a round (`runId`: the run that made the answer, when it was replayed; default this run). */
    put(hash: string, entry: Omit<CachedRepair, "runId"> & { runId?: string }): void;
  };
}

/** Runs item units. */
export interface Executor {
  /**
   * Runs one unit: generate (or use `unit.cached`), then score (and judge), returning the item's
   * result. Throws only when `ctx.signal` aborted (the item is then not recorded).
   */
  execute(unit: ItemUnit, ctx: ExecuteContext): Promise<ItemResult>;
  /**
   * Loads (warms up) a model with the sampling its items use; undefined when the harness has nothing
   * to prepare.
   */
  prepareModel(
    input: { harness: string; model: string; sampling: Sampling },
    ctx: ComponentContext,
  ): Promise<LoadInfo | undefined>;
  /** Unloads a model after its last item. */
  releaseModel(input: { harness: string; model: string }, ctx: ComponentContext): Promise<void>;
  /**
   * How the harness `id` looks from where the items run, for planning: a distributed executor answers
   * the probe and the model list from what its workers advertise. Undefined: ask the local harness.
   */
  harnessView?(id: string): Pick<Harness, "probe" | "listModels"> | undefined;
  /** Releases the executor's connections at the end of the run. */
  close?(): Promise<void>;
}

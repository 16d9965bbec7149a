// The live state of the run the web app started (one at a time, as the results folder's lock allows):
// counters, the latest finished items, errors, throughput and ETA, kept from the kernel's events and
// pushed to every subscriber (the live page's event stream) as each event arrives.
import type { RunEvent } from "@benchloop/core";

/** How many finished items the live state keeps (the newest). */
const KEEP_ITEMS = 200;

/** One finished item as the live page shows it. */
export interface LiveItem {
  key: string;
  status: string;
  cache: string;
  wallMs: number;
  failureType?: string;
  /** The kernel's time of the item's end (ISO). */
  time: string;
}

/** What the live page shows. */
export interface LiveState {
  jobId: string;
  kind: "run" | "dev-cycle" | "resume";
  phase: "starting" | "running" | "stopping" | "gating" | "completed" | "interrupted" | "failed";
  demo: boolean;
  runId?: string;
  total: number;
  done: number;
  passed: number;
  failed: number;
  errors: number;
  startedAt: number;
  endedAt?: number;
  /** Items per second since the first item started. */
  throughput?: number;
  etaMs?: number;
  items: LiveItem[];
  /** Error items and stage failures, newest last. */
  problems: string[];
  /** Why the job ended as it did (an error's message and hint). */
  message?: string;
  /** The run has a gate (dev-cycle). */
  gated?: boolean;
}

/** A message to subscribers: the whole state, or one finished item with the counters after it. */
export type LiveMessage =
  | { type: "state"; state: LiveState }
  | { type: "item"; item: LiveItem; state: Omit<LiveState, "items" | "problems"> };

/** The live state of one job, with its subscribers. */
export interface LiveJob {
  readonly state: LiveState;
  onEvent(event: RunEvent): void;
  update(change: Partial<LiveState>): void;
  subscribe(listener: (message: LiveMessage) => void): () => void;
}

function counters(state: LiveState): Omit<LiveState, "items" | "problems"> {
  const { items: _items, problems: _problems, ...rest } = state;
  return rest;
}

/** Creates the live state of a job. */
export function createLiveJob(init: Pick<LiveState, "jobId" | "kind" | "demo">, now = Date.now): LiveJob {
  const state: LiveState = {
    ...init,
    phase: "starting",
    total: 0,
    done: 0,
    passed: 0,
    failed: 0,
    errors: 0,
    startedAt: now(),
    items: [],
    problems: [],
  };
  const listeners = new Set<(message: LiveMessage) => void>();
  let firstItemAt: number | undefined;
  let doneAtStart = 0;
  const send = (message: LiveMessage) => {
    for (const listener of listeners) listener(message);
  };
  return {
    state,
    onEvent(event) {
      if (event.type === "run:start") {
        state.runId = event.runId;
        state.total = event.items;
        state.done = event.items - event.pending;
        doneAtStart = state.done;
        state.phase = "running";
        send({ type: "state", state });
      } else if (event.type === "item:start") {
        firstItemAt ??= now();
      } else if (event.type === "item:end") {
        state.done = event.done;
        state.total = event.total;
        if (event.status === "passed") state.passed++;
        else if (event.status === "failed") state.failed++;
        else if (event.status === "error") state.errors++;
        const elapsed = (now() - (firstItemAt ?? state.startedAt)) / 1000;
        const finished = state.done - doneAtStart;
        if (elapsed > 0 && finished > 0) {
          state.throughput = finished / elapsed;
          state.etaMs = ((state.total - state.done) / state.throughput) * 1000;
        }
        const item: LiveItem = {
          key: event.key,
          status: event.status,
          cache: event.cache,
          wallMs: event.wallMs,
          time: event.time,
          ...(event.failureType ? { failureType: event.failureType } : {}),
        };
        state.items.push(item);
        if (state.items.length > KEEP_ITEMS) state.items.shift();
        if (event.status === "error") state.problems.push(`${event.key}: ${event.failureType ?? "error"}`);
        send({ type: "item", item, state: counters(state) });
      } else if (event.type === "model:load" && event.failure) {
        state.problems.push(`${event.model} (${event.harness}) did not load: ${event.failure.message}`);
        send({ type: "state", state });
      } else if (event.type === "run:interrupt") {
        state.phase = "stopping";
        send({ type: "state", state });
      }
    },
    update(change) {
      Object.assign(state, change);
      send({ type: "state", state });
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

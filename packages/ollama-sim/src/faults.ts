// Fault injection settings (per simulator and per model) and the seeded failure schedule of
// `sim/flaky`, so clients can be tested against the ways a real server misbehaves.

import { createRandom } from "./random.js";

/** Faults to inject; every field is optional and off by default. */
export interface SimFaults {
  /**
   * Close connections at once. Set for the whole simulator, every new socket is destroyed before a byte
   * is read; set for a model, the socket is destroyed once a request names that model.
   */
  refuseConnections?: boolean;
  /** Stop sending after this many chunks of a generation and keep the socket open. */
  stallAfterChunks?: number;
  /** Send every NDJSON line or SSE event in two writes, cut in the middle of its bytes. */
  splitLines?: boolean;
  /** After this many chunks, send an error inside the stream (`{"error":"…"}`) and end it. */
  streamError?: { afterChunks: number; message?: string };
  /** After this many chunks, send one line that is not valid JSON, then go on normally. */
  malformedLine?: { afterChunks: number };
}

/** The message of an injected in-stream error when none is given. */
export const DEFAULT_STREAM_ERROR = "an error was encountered while running the model: unexpected EOF";

/** The message of `sim/flaky`'s transient HTTP 500. */
export const FLAKY_ERROR = "llama runner process has terminated: exit status 2";

/** Combines the simulator's faults with a model's own (the model's win field by field). */
export function mergeFaults(global: SimFaults, model: SimFaults | undefined): SimFaults {
  return model ? { ...global, ...model } : global;
}

/** What happens to the n-th generation request of a flaky model. */
export type FlakyOutcome = "ok" | "http-500" | "reset";

/** Deterministic outcome of request number `index` (0-based) to a flaky model under `seed`. */
export function flakyOutcome(
  seed: number,
  modelName: string,
  index: number,
  failureRate: number,
): FlakyOutcome {
  const random = createRandom(seed, "flaky", modelName, index);
  if (random() >= failureRate) return "ok";
  return random() < 0.5 ? "http-500" : "reset";
}

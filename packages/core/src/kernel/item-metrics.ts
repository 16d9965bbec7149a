// An item's metrics from its generation and stage times, and a cached generation as a new run records it.
import type { Generation } from "../generation/generation.js";
import type { ItemMetrics } from "../results/item-result.js";
import type { ItemUnit } from "./executor.js";

/**
 * The item's metrics. A replayed generation keeps the timings it was measured with (`replayedFrom`, the
 * run that made it): its own wall time, plus the scoring time recorded with a replayed score.
 */
export function metricsOf(
  generation: Generation | undefined,
  generateMs: number,
  scoreMs: number,
  replayedFrom?: string,
): ItemMetrics {
  const metrics: ItemMetrics = { wallMs: Math.max(0, (generation?.timing.wallMs ?? generateMs) + scoreMs) };
  if (replayedFrom !== undefined) metrics.replayed = { fromRun: replayedFrom };
  if (!generation) return metrics;
  const { timing, tokens } = generation;
  if (timing.ttftMs !== undefined) metrics.ttftMs = timing.ttftMs;
  if (tokens.completion && timing.evalMs)
    metrics.decodeTokensPerSec = tokens.completion / (timing.evalMs / 1000);
  if (tokens.prompt && timing.promptEvalMs)
    metrics.prefillTokensPerSec = tokens.prompt / (timing.promptEvalMs / 1000);
  if (timing.modelMs !== undefined) metrics.agentOverheadMs = timing.wallMs - timing.modelMs;
  return metrics;
}

/** A cached generation as recorded in a new run: its transcript path made relative to this run's folder. */
export function fromCache(cached: NonNullable<ItemUnit["cached"]>): Generation {
  const { generation, runId } = cached;
  if (!generation.transcript || generation.transcript.startsWith("../")) return generation;
  return { ...generation, transcript: `../${runId}/${generation.transcript}` };
}

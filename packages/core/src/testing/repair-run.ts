// Runs with repair rounds for tests of everything that reads results (summaries, views, compare,
// exporters, gates): each item's outcome is one letter, so a test states "4 of 10 failed first, 3 were
// repaired" as "111111222x" and asserts the figures that follow from it.
import type { ItemResult, RepairAttempt } from "../results/item-result.js";
import { RUN_SCHEMA_VERSION, type Run } from "../results/run-schema.js";
import { summarizeRun } from "../summary/summarize-run.js";

/**
 * One model's items, one letter per test (`t01`, `t02`, … in order):
 * - `1` the first answer passed (`passedAtAttempt` 1);
 * - `2` the first answer failed and the repair round passed (`passedAtAttempt` 2);
 * - `x` the first answer failed and so did the repair round;
 * - `e` the first answer failed and the repair round errored;
 * - `u` the first answer failed and the harness could not repair (`repairUnsupported`);
 * - `f` the first answer failed and no repair round was made (repair off);
 * - `s` the item was skipped.
 */
export interface RepairModelSpec {
  model: string;
  /** Harness of the model's items (default `ollama`). */
  harness?: string;
  /** Suite of the model's items (default none). */
  suite?: string;
  outcomes: string;
  /** Prompt and completion tokens of each repair round (default 300 and 200). */
  repairTokens?: { prompt: number; completion: number };
  /** Wall time of each repair round (default 2000 ms). */
  repairWallMs?: number;
}

/** Options of {@link buildRepairRun}. */
export interface RepairRunOptions {
  runId: string;
  models: readonly RepairModelSpec[];
  startedAt?: string;
  simulated?: boolean;
  /** Whether the run had repair on, passed to the summary (default: read from the items). */
  repair?: boolean;
}

const OUTCOMES = "12xeufs";

function score(passed: boolean) {
  const checks = [
    { name: "returns the sum", passed },
    { name: "handles empty input", passed: true },
  ];
  return { scorer: "code", scorerVersion: "1", passed, value: passed ? 1 : 0.5, checks };
}

function repairRound(spec: RepairModelSpec, status: RepairAttempt["status"], at: string): RepairAttempt {
  const tokens = spec.repairTokens ?? { prompt: 300, completion: 200 };
  const wallMs = spec.repairWallMs ?? 2000;
  const round: RepairAttempt = {
    attempt: 2,
    status,
    startedAt: at,
    endedAt: at,
    cache: "off",
    feedback: { hash: `sha256:${status}` },
    generation: { text: "```ts\nexport const fixed = true;\n```", tokens, timing: { wallMs } },
    metrics: { wallMs },
  };
  if (status === "error")
    round.failure = { stage: "generate", type: "timeout", message: "the repair timed out", retryable: true };
  else round.score = score(status === "passed");
  return round;
}

function itemOf(spec: RepairModelSpec, letter: string, index: number, at: string): ItemResult {
  if (!OUTCOMES.includes(letter))
    throw new RangeError(`buildRepairRun: outcome "${letter}" of ${spec.model} is not one of ${OUTCOMES}.`);
  const harness = spec.harness ?? "ollama";
  const test = `t${String(index + 1).padStart(2, "0")}`;
  const passedFirst = letter === "1";
  const item: ItemResult = {
    key: `${spec.model}|${harness}|${test}|informed#1`,
    hash: `hash-${spec.model}-${test}`,
    model: spec.model,
    harness,
    test,
    testVersion: "1",
    passType: "informed",
    repeat: 1,
    status: letter === "s" ? "skipped" : passedFirst ? "passed" : "failed",
    startedAt: at,
    endedAt: at,
    attempts: 1,
    cache: "off",
    metrics: { wallMs: 1000, decodeTokensPerSec: 40 },
  };
  if (spec.suite) item.suite = spec.suite;
  if (letter === "s") {
    item.skipReason = "not selected";
    return item;
  }
  item.generation = {
    text: "```ts\nexport const x = 1;\n```",
    tokens: { prompt: 100, completion: 80 },
    timing: { wallMs: 1000 },
  };
  item.score = score(passedFirst);
  if (passedFirst) item.passedAtAttempt = 1;
  if (letter === "2") item.passedAtAttempt = 2;
  if (letter === "2" || letter === "x" || letter === "e")
    item.repairs = [repairRound(spec, letter === "2" ? "passed" : letter === "x" ? "failed" : "error", at)];
  if (letter === "u") item.repairUnsupported = "the harness cannot hold a conversation";
  return item;
}

/** A completed run whose items follow `models`' outcome letters, summarised like a written run. */
export function buildRepairRun(options: RepairRunOptions): Run {
  const startedAt = options.startedAt ?? "2026-03-01T00:00:00.000Z";
  const items = options.models.flatMap((spec) =>
    [...spec.outcomes].map((letter, index) => itemOf(spec, letter, index, startedAt)),
  );
  return {
    schemaVersion: RUN_SCHEMA_VERSION,
    runId: options.runId,
    status: "completed",
    startedAt,
    endedAt: startedAt,
    durationMs: 60_000,
    simulated: options.simulated ?? true,
    plugins: [],
    summary: summarizeRun(items, options.repair === undefined ? {} : { repair: options.repair }),
    items,
  };
}

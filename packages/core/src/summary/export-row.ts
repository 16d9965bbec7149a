// The flat, one-row-per-item view of a run used by CSV and by JSONL with `--columns`. The column list
// is a documented, versioned interface (docs/export.md): add columns at the end, never rename.
import { nameUnknown } from "../errors/catalog.js";
import type { ItemResult } from "../results/item-result.js";
import type { Run } from "../results/run-schema.js";
import { hasReplayedTiming, toCheckCounts, toItemJudgeScore } from "./item-outcome.js";
import { repairCostOf } from "./repair-outcome.js";

/** The item's repair rounds, or undefined when it had none (so repair columns stay empty). */
const rounds = (item: ItemResult) => (item.repairs && item.repairs.length > 0 ? item.repairs : undefined);

/** Version of the export columns; bumped when a column changes meaning or is removed. */
export const EXPORT_COLUMNS_VERSION = 1;

/** What an export row takes from the item's run. */
export type ExportRun = Pick<Run, "runId" | "simulated">;

/** A cell of an export row: numbers and booleans stay unformatted; absent is undefined. */
export type ExportCell = string | number | boolean | undefined;

interface ColumnDefinition {
  name: string;
  description: string;
  value(item: ItemResult, run: ExportRun): ExportCell;
}

const COLUMN_DEFINITIONS: readonly ColumnDefinition[] = [
  { name: "runId", description: "Run id.", value: (_, run) => run.runId },
  { name: "key", description: "Item key model|harness|test|passType#repeat.", value: (i) => i.key },
  { name: "model", description: "Model name.", value: (i) => i.model },
  { name: "modelDigest", description: "Model content digest, when known.", value: (i) => i.modelDigest },
  { name: "harness", description: "Harness id.", value: (i) => i.harness },
  { name: "test", description: "Test id.", value: (i) => i.test },
  { name: "testVersion", description: "Test version.", value: (i) => i.testVersion },
  { name: "suite", description: "Suite of the test.", value: (i) => i.suite },
  { name: "passType", description: "blind or informed.", value: (i) => i.passType },
  { name: "repeat", description: "Repeat number, from 1.", value: (i) => i.repeat },
  { name: "status", description: "passed, failed, error or skipped.", value: (i) => i.status },
  { name: "passed", description: "true when status is passed.", value: (i) => i.status === "passed" },
  { name: "checksPassed", description: "Checks that passed.", value: (i) => toCheckCounts(i)?.passed },
  { name: "checksTotal", description: "Checks made.", value: (i) => toCheckCounts(i)?.total },
  {
    name: "checkRate",
    description: "Score value 0..1 (weighted check pass rate).",
    value: (i) => i.score?.value,
  },
  { name: "scorer", description: "Scorer id.", value: (i) => i.score?.scorer },
  { name: "scorerVersion", description: "Scorer version.", value: (i) => i.score?.scorerVersion },
  { name: "judgeStatus", description: "ok or judge_error, when judged.", value: (i) => i.judge?.status },
  { name: "judgeModel", description: "Judge model.", value: (i) => i.judge?.judge },
  { name: "judgeScore", description: "Judge's overall score 0..1.", value: (i) => toItemJudgeScore(i) },
  { name: "failureStage", description: "Stage that failed (error items).", value: (i) => i.failure?.stage },
  { name: "failureType", description: "Failure type (error items).", value: (i) => i.failure?.type },
  { name: "failureMessage", description: "Failure message (error items).", value: (i) => i.failure?.message },
  {
    name: "scoreFailureType",
    description: "Why the answer could not be checked, when the scorer said.",
    value: (i) => i.score?.failure?.type,
  },
  { name: "wallMs", description: "Item wall time, generation plus scoring.", value: (i) => i.metrics.wallMs },
  {
    name: "generationWallMs",
    description: "Generation wall time.",
    value: (i) => i.generation?.timing.wallMs,
  },
  { name: "ttftMs", description: "Time to first token.", value: (i) => i.metrics.ttftMs },
  {
    name: "loadMs",
    description: "Model load time the server reported.",
    value: (i) => i.generation?.timing.loadMs,
  },
  { name: "promptTokens", description: "Prompt tokens.", value: (i) => i.generation?.tokens.prompt },
  {
    name: "completionTokens",
    description: "Completion tokens.",
    value: (i) => i.generation?.tokens.completion,
  },
  { name: "reasoningTokens", description: "Reasoning tokens.", value: (i) => i.generation?.tokens.reasoning },
  {
    name: "decodeTokensPerSec",
    description: "Completion tokens / server eval time.",
    value: (i) => i.metrics.decodeTokensPerSec,
  },
  {
    name: "prefillTokensPerSec",
    description: "Prompt tokens / server prompt eval time.",
    value: (i) => i.metrics.prefillTokensPerSec,
  },
  {
    name: "doneReason",
    description: "Why generation stopped (stop, length …).",
    value: (i) => i.generation?.doneReason,
  },
  { name: "cache", description: "hit, miss or off.", value: (i) => i.cache },
  { name: "attempts", description: "Generation attempts.", value: (i) => i.attempts },
  {
    name: "peakRssBytes",
    description: "Peak resident memory sampled.",
    value: (i) => i.resources?.peakRssBytes,
  },
  { name: "peakVramBytes", description: "Peak VRAM sampled.", value: (i) => i.resources?.peakVramBytes },
  { name: "startedAt", description: "ISO time the item started.", value: (i) => i.startedAt },
  { name: "endedAt", description: "ISO time the item ended.", value: (i) => i.endedAt },
  { name: "answer", description: "The answer text (generation.text).", value: (i) => i.generation?.text },
  {
    name: "simulated",
    description: "true when a simulator (ollama-sim) answered the run.",
    value: (_, run) => run.simulated,
  },
  {
    name: "timingReplayed",
    description:
      "true when the timings (wallMs, ttftMs, speeds) were replayed from the cache: measured when the generation was made.",
    value: (i) => hasReplayedTiming(i),
  },
  {
    name: "timingFromRun",
    description: "The run the replayed timings were measured in, when recorded.",
    value: (i) => i.metrics.replayed?.fromRun,
  },
  {
    name: "passedAtAttempt",
    description:
      "The attempt whose answer passed: 1 for the first answer, 2 after one repair round; empty when none passed.",
    value: (i) => i.passedAtAttempt ?? (i.status === "passed" ? 1 : undefined),
  },
  {
    name: "repairAttempts",
    description: "Repair rounds made after a failed first answer; empty when none was.",
    value: (i) => rounds(i)?.length,
  },
  {
    name: "repairStatus",
    description: "passed, failed or error: how the last repair round ended; empty without one.",
    value: (i) => rounds(i)?.at(-1)?.status,
  },
  {
    name: "repairTokens",
    description: "Prompt plus completion tokens spent in the repair rounds.",
    value: (i) => (rounds(i) ? repairCostOf(i).tokens : undefined),
  },
  {
    name: "repairWallMs",
    description: "Wall time spent in the repair rounds.",
    value: (i) => (rounds(i) ? repairCostOf(i).wallMs : undefined),
  },
  {
    name: "repairUnsupported",
    description: "Why a failed item got no repair round although repair was on.",
    value: (i) => i.repairUnsupported,
  },
];

/** Every export column, in order. */
export const EXPORT_COLUMNS: readonly string[] = COLUMN_DEFINITIONS.map((c) => c.name);

/** Every export column with its one-line description, for docs and `--help`. */
export const EXPORT_COLUMN_DESCRIPTIONS: readonly { name: string; description: string }[] =
  COLUMN_DEFINITIONS.map(({ name, description }) => ({ name, description }));

const BY_NAME = new Map(COLUMN_DEFINITIONS.map((c) => [c.name, c]));

/**
 * Returns a function that turns an item into the cells of `columns` (default: every column), in order.
 * @throws NAME_UNKNOWN listing the unknown columns and every valid one
 */
export function createExportRowMapper(
  columns: readonly string[] = EXPORT_COLUMNS,
): (item: ItemResult, run: ExportRun) => ExportCell[] {
  const unknown = columns.filter((c) => !BY_NAME.has(c));
  if (unknown.length > 0) throw nameUnknown("export column", unknown, EXPORT_COLUMNS, "--columns");
  const picked = columns.map((name) => BY_NAME.get(name)!);
  return (item, run) => picked.map((column) => column.value(item, run));
}

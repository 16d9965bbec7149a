// Converts a plebdev-bench run (schema 0.1.0) into a benchloop run, saying honestly what happened:
// an answer whose tests failed is `failed`, an answer without a score is an `error` at the score stage,
// a failed generation is an `error` at the generate stage with its type mapped to benchloop's.

import type { RunV1 } from "../migrations/run-v1.js";
import { hashCanonical, sha256 } from "../plan/canonical-json.js";
import { toItemKey } from "../plan/item-key.js";
import type { ItemResult } from "../results/item-result.js";
import type { Failure } from "../score/failure.js";
import type { JudgeVerdict } from "../score/judge-verdict.js";
import type { Score } from "../score/score.js";
import { summarizeRun } from "../summary/summarize-run.js";
import { PLEBDEV_SCHEMA_VERSION, type PlebdevItem, type PlebdevRun } from "./plebdev-schema.js";
import { toRunId } from "./run-id.js";

/** The tool name recorded in the provenance of imported runs. */
export const PLEBDEV_TOOL = "plebdev-bench";

/** Test version given to imported items: the tests as plebdev-bench defined them at result schema 0.1.0. */
export const PLEBDEV_TEST_VERSION = `plebdev-${PLEBDEV_SCHEMA_VERSION}`;

/** Scorer id given to plebdev-bench's automated scores (pass/fail counts only). */
export const PLEBDEV_SCORER = "plebdev-automated";

/** plebdev-bench generation failure type → benchloop failure type (documented in docs/schema.md). */
export const PLEBDEV_GENERATION_FAILURE_TYPES: Readonly<Record<string, string>> = {
  timeout: "timeout",
  api_error: "http_status",
  tool_missing: "crash",
  harness_error: "crash",
  prompt_not_found: "crash",
  unknown: "unknown",
};

/** plebdev-bench scoring failure type → benchloop failure type (documented in docs/schema.md). */
export const PLEBDEV_SCORING_FAILURE_TYPES: Readonly<Record<string, string>> = {
  extraction: "extraction",
  import: "import",
  export_validation: "missing_export",
  test_execution: "crash",
  spec_load: "crash",
  no_spec: "crash",
  unknown: "unknown",
};

function toFailure(
  stage: Failure["stage"],
  table: Readonly<Record<string, string>>,
  record: { type: string; message: string },
): Failure {
  return {
    stage,
    type: table[record.type] ?? "unknown",
    // The original type stays visible: the mapping is coarser than plebdev-bench's own words.
    message: `plebdev-bench ${record.type}: ${record.message}`,
    retryable: record.type === "timeout",
  };
}

/** Maps a 1–10 frontier score onto 0..1 linearly (1 → 0, 10 → 1). */
export function toUnitJudgeScore(score: number): number {
  return (score - 1) / 9;
}

function toJudge(item: PlebdevItem): JudgeVerdict | undefined {
  if (item.frontierEval) {
    const verdict: JudgeVerdict = {
      status: "ok",
      judge: item.frontierEval.model,
      score: toUnitJudgeScore(item.frontierEval.score),
      criteria: [],
      reasoning: item.frontierEval.reasoning,
    };
    if (item.frontierEval.latencyMs !== undefined) verdict.latencyMs = item.frontierEval.latencyMs;
    return verdict;
  }
  if (item.frontierEvalFailure) {
    const failure = item.frontierEvalFailure;
    const verdict: JudgeVerdict = {
      status: "judge_error",
      judge: failure.model ?? "unknown",
      criteria: [],
      error: `plebdev-bench ${failure.type}: ${failure.message}`,
    };
    if (failure.latencyMs !== undefined) verdict.latencyMs = failure.latencyMs;
    return verdict;
  }
  return undefined;
}

function toScore(item: PlebdevItem): Score | undefined {
  const counts = item.automatedScore;
  if (!counts) return undefined;
  const score: Score = {
    scorer: PLEBDEV_SCORER,
    scorerVersion: PLEBDEV_SCHEMA_VERSION,
    passed: counts.total > 0 && counts.failed === 0 && counts.passed === counts.total && !item.scoringFailure,
    value: counts.total > 0 ? Math.min(1, Math.max(0, counts.passed / counts.total)) : 0,
    // plebdev-bench kept counts, not the checks themselves.
    checks: [],
    details: { checksPassed: counts.passed, checksTotal: counts.total },
  };
  if (item.scoringMetrics) score.details!.durationMs = item.scoringMetrics.durationMs;
  if (item.scoringFailure)
    score.failure = toFailure("score", PLEBDEV_SCORING_FAILURE_TYPES, item.scoringFailure);
  return score;
}

function durationBetween(start: string, end: string): number {
  const ms = Date.parse(end) - Date.parse(start);
  return Number.isFinite(ms) && ms > 0 ? ms : 0;
}

/** Converts one plebdev-bench item. `runId` is the plebdev run id (kept as provenance). */
export function toImportedItem(item: PlebdevItem, run: Pick<PlebdevRun, "runId" | "startedAt">): ItemResult {
  const parts = {
    model: item.model,
    harness: item.harness,
    test: item.test,
    passType: item.passType,
    repeat: 1,
  };
  const startedAt = item.startedAt ?? run.startedAt;
  const endedAt = item.completedAt ?? startedAt;
  const result: ItemResult = {
    key: toItemKey(parts),
    hash: hashCanonical({ tool: PLEBDEV_TOOL, ...parts, testVersion: PLEBDEV_TEST_VERSION }),
    ...parts,
    testVersion: PLEBDEV_TEST_VERSION,
    suite: "plebdev",
    status: "error",
    startedAt,
    endedAt,
    attempts: 1,
    cache: "off",
    metrics: { wallMs: durationBetween(startedAt, endedAt) },
    provenance: { kind: "import", fromRun: run.runId, itemKey: item.id },
  };

  if (item.status === "pending" || item.status === "running") {
    result.status = "skipped";
    result.skipReason = `plebdev-bench did not finish this item (status ${item.status})`;
    return result;
  }

  const generation = item.generation;
  if (item.status === "failed" || !generation?.success || generation.output === undefined) {
    const record = item.generationFailure ?? {
      type: generation?.failureType ?? "unknown",
      message: generation?.error ?? "plebdev-bench recorded a failed generation without a message",
    };
    result.failure = toFailure("generate", PLEBDEV_GENERATION_FAILURE_TYPES, record);
    return result;
  }

  const meta: Record<string, unknown> = {
    tool: PLEBDEV_TOOL,
    itemId: item.id,
    codeExtracted: item.harness === "opencode",
  };
  if (item.frontierEval) meta.frontierEvalScore = item.frontierEval.score;
  result.generation = {
    text: generation.output,
    tokens: {
      ...(generation.promptTokens !== undefined ? { prompt: generation.promptTokens } : {}),
      ...(generation.completionTokens !== undefined ? { completion: generation.completionTokens } : {}),
    },
    timing: { wallMs: generation.durationMs },
    meta,
  };
  const judge = toJudge(item);
  if (judge) result.judge = judge;

  const score = toScore(item);
  if (score) {
    result.score = score;
    result.status = score.passed ? "passed" : "failed";
    return result;
  }
  result.failure = item.scoringFailure
    ? toFailure("score", PLEBDEV_SCORING_FAILURE_TYPES, item.scoringFailure)
    : {
        stage: "score",
        type: generation.output.trim() === "" ? "empty_answer" : "unknown",
        message: "plebdev-bench recorded no automated score and no scoring failure for this answer",
        retryable: false,
      };
  return result;
}

function toRunSuffix(plebdevRunId: string): string {
  const tail = /-([0-9a-f]{6})$/.exec(plebdevRunId)?.[1];
  return tail ?? sha256(plebdevRunId).slice(0, 6);
}

/**
 * Converts a plebdev-bench run into a benchloop run of schema 1 (the migration chain takes it on to the current version). The run gets a benchloop id built
 * from its UTC start time and the plebdev id's hex suffix; the plebdev id (local time) is kept in
 * `provenance.fromRuns` and each item's provenance keeps the plebdev item id.
 */
export function fromPlebdevRun(run: PlebdevRun): RunV1 {
  const items = run.items.map((item) => toImportedItem(item, run));
  const unfinished = items.some((item) => item.status === "skipped");
  return {
    schemaVersion: 1,
    runId: toRunId(new Date(run.startedAt), toRunSuffix(run.runId)),
    status: unfinished || run.summary.pending > 0 ? "interrupted" : "completed",
    startedAt: run.startedAt,
    endedAt: run.completedAt,
    durationMs: run.durationMs,
    simulated: false,
    plugins: [],
    provenance: { kind: "import", fromRuns: [run.runId], tool: PLEBDEV_TOOL },
    summary: summarizeRun(items),
    items,
  };
}

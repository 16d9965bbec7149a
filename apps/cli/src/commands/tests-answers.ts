// The part of `benchloop tests check` that works on every installed test, whatever its source: the
// known answers each test ships (correct ones must pass, wrong ones must fail) and, with --baselines,
// the pass rate of the answerers that call no model, per suite.
import {
  BASELINE_ANSWERERS,
  type BenchTest,
  checkKnownAnswers,
  type KnownAnswerReport,
  measureBaselines,
  renderTable,
  type ScoreAnswer,
  SILENT_LOGGER,
  type SuiteBaselines,
} from "@benchloop/core";
import type { CommandContext } from "../context.js";

/** The highest baseline pass rate a shipped suite may have. */
export const BASELINE_LIMIT = 0.1;

/** What `tests check` found beyond the coding catalog. */
export interface AnswersReport {
  known: KnownAnswerReport;
  baselines?: SuiteBaselines[];
}

/** A scorer call outside a run: the test's own scorer, its artifacts kept nowhere. */
export function toScoreAnswer(ctx: CommandContext, timeoutMs: number): ScoreAnswer {
  return async ({ test, passType, text, signal }) => {
    const scorer = ctx.scope.get("scorer", test.scorer);
    const stageSignal = AbortSignal.any([signal, AbortSignal.timeout(timeoutMs)]);
    return scorer.score(
      {
        test,
        passType,
        generation: { text, tokens: {}, timing: { wallMs: 0 } },
      },
      {
        signal: stageSignal,
        logger: SILENT_LOGGER,
        itemKey: `tests-check|${test.id}|${passType}`,
        artifacts: { write: async (name) => name },
        timeoutMs,
      },
    );
  };
}

/** Scores the known answers of `tests` and, when asked, the baselines. */
export async function checkTestAnswers(
  ctx: CommandContext,
  tests: readonly BenchTest[],
  options: { baselines: boolean; signal: AbortSignal },
): Promise<AnswersReport> {
  const scorable = tests.filter((t) => ctx.registry.has("scorer", t.scorer));
  const score = toScoreAnswer(ctx, ctx.config.timeouts.scoreMs);
  const known = await checkKnownAnswers({ tests: scorable, score, signal: options.signal });
  if (!options.baselines) return { known };
  const baselines = await measureBaselines({
    tests: scorable,
    score,
    concurrency: Math.max(1, ctx.config.concurrency),
    signal: options.signal,
  });
  return { known, baselines };
}

function percent(rate: number): string {
  return `${(rate * 100).toFixed(1)} %`;
}

/** The known-answer lines: a summary, then every answer that did not behave. */
export function renderKnownAnswers(known: KnownAnswerReport): string {
  const tests = (n: number) => `${n} test${n === 1 ? " ships" : "s ship"}`;
  let out = `${known.mismatches.length === 0 ? "✓" : "✗"} known answers: ${known.checked - known.mismatches.length}/${known.checked} behave (${tests(known.testsWithBoth)} a correct and a wrong answer`;
  out +=
    known.testsMissing.length > 0 ? `; ${tests(known.testsMissing.length)} neither or only one)\n` : ")\n";
  for (const m of known.mismatches) {
    const what = m.expect === "pass" ? "correct answer rejected" : "wrong answer passed";
    out += `  ✗ ${m.test} (${m.passType}) ${what}${m.label ? ` [${m.label}]` : ""}: ${m.reason}\n`;
  }
  return out;
}

/** The baseline table: one row per suite, one column per baseline, the worst rate against the limit. */
export function renderBaselines(suites: readonly SuiteBaselines[]): string {
  const ids = BASELINE_ANSWERERS.map((a) => a.id);
  const rows = suites.map((s) => [
    s.worst <= BASELINE_LIMIT ? "✓" : "✗",
    s.suite,
    String(s.tests),
    ...ids.map((id) => {
      const rate = s.rates.find((r) => r.baseline === id);
      return rate ? `${percent(rate.rate)}${rate.errors > 0 ? ` (${rate.errors} err)` : ""}` : "–";
    }),
  ]);
  let out = renderTable(["", "suite", "tests", ...ids], rows, {
    align: ["left", "left", "right", ...ids.map(() => "right" as const)],
  });
  const over = suites.filter((s) => s.worst > BASELINE_LIMIT);
  out += `\n${over.length === 0 ? "✓" : "✗"} baselines (answers that call no model) pass at most ${percent(BASELINE_LIMIT)} of each suite`;
  out +=
    over.length === 0 ? "\n" : `: ${over.map((s) => `${s.suite} ${percent(s.worst)}`).join(", ")} above\n`;
  for (const suite of over) {
    for (const rate of suite.rates.filter((r) => r.rate > BASELINE_LIMIT)) {
      out += `  ${suite.suite} · ${rate.baseline} passes: ${rate.passedItems.slice(0, 8).join(", ")}${rate.passedItems.length > 8 ? ` … (${rate.passedItems.length})` : ""}\n`;
    }
  }
  return out;
}

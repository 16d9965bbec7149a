// The part of `benchloop tests check` that works on every installed test, whatever its source: the
// known answers each test ships (correct ones must pass, wrong ones must fail) and, optionally, the pass
// rate of the answerers that call no model, per suite; with their terminal renderings.
import type { Config } from "../config/config-schema.js";
import type { BenchTest } from "../plugin/bench-test.js";
import type { Registry, RegistryScope } from "../plugin/registry.js";
import { SILENT_LOGGER } from "../plugin/services.js";
import { renderTable } from "../text/table.js";
import { BASELINE_ANSWERERS } from "./baseline-answerers.js";
import { checkKnownAnswers, type KnownAnswerReport } from "./check-known-answers.js";
import { measureBaselines, type ScoreAnswer, type SuiteBaselines } from "./measure-baselines.js";

/** The highest baseline pass rate a shipped suite may have. */
export const BASELINE_LIMIT = 0.1;

/** What `tests check` found beyond the coding catalog. */
export interface AnswersReport {
  known: KnownAnswerReport;
  baselines?: SuiteBaselines[];
  /** True when every known answer behaved and no suite's baseline is above {@link BASELINE_LIMIT}. */
  ok: boolean;
}

/** A scorer call outside a run: the test's own scorer from `scope`, its artifacts kept nowhere. */
export function createScoreAnswer(scope: RegistryScope, timeoutMs: number): ScoreAnswer {
  return async ({ test, passType, text, signal }) => {
    const scorer = scope.get("scorer", test.scorer);
    return scorer.score(
      { test, passType, generation: { text, tokens: {}, timing: { wallMs: 0 } } },
      {
        signal: AbortSignal.any([signal, AbortSignal.timeout(timeoutMs)]),
        logger: SILENT_LOGGER,
        itemKey: `tests-check|${test.id}|${passType}`,
        artifacts: { write: async (name) => name },
        timeoutMs,
      },
    );
  };
}

/** Options of {@link checkTestAnswers}. */
export interface CheckTestAnswersOptions {
  registry: Registry;
  scope: RegistryScope;
  config: Config;
  /** Also score the baselines. */
  baselines: boolean;
  signal: AbortSignal;
}

/** Scores the known answers of `tests` (those whose scorer is installed) and, when asked, the baselines. */
export async function checkTestAnswers(
  tests: readonly BenchTest[],
  options: CheckTestAnswersOptions,
): Promise<AnswersReport> {
  const scorable = tests.filter((t) => options.registry.has("scorer", t.scorer));
  const score = createScoreAnswer(options.scope, options.config.timeouts.scoreMs);
  const known = await checkKnownAnswers({ tests: scorable, score, signal: options.signal });
  const baselines = options.baselines
    ? await measureBaselines({
        tests: scorable,
        score,
        concurrency: Math.max(1, options.config.concurrency),
        signal: options.signal,
      })
    : undefined;
  const ok = known.mismatches.length === 0 && (baselines ?? []).every((s) => s.worst <= BASELINE_LIMIT);
  return { known, ...(baselines ? { baselines } : {}), ok };
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

/** The known-answer report and the baseline table, as `tests check` prints them. */
export function renderAnswersReport(report: AnswersReport): string {
  return `${renderKnownAnswers(report.known)}${report.baselines ? `\n${renderBaselines(report.baselines)}` : ""}`;
}

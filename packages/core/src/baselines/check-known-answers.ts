// Scores every known answer a test ships (`knownAnswers`: correct ones that must pass, wrong ones that
// must fail) with the test's own scorer and reports each one that does not behave.
import type { PassType } from "../config/config-schema.js";
import type { BenchTest, KnownAnswer } from "../plugin/bench-test.js";
import type { ScoreAnswer } from "./measure-baselines.js";

/** One known answer that the test's scorer judged against its expectation. */
export interface KnownAnswerMismatch {
  test: string;
  suite: string;
  passType: PassType;
  expect: KnownAnswer["expect"];
  label?: string;
  /** What the scorer said: the failed checks of a correct answer, or "passed" for a wrong one. */
  reason: string;
}

/** What {@link checkKnownAnswers} found. */
export interface KnownAnswerReport {
  /** Known answers scored (one per pass type they apply to). */
  checked: number;
  /** Tests that ship at least one correct and one wrong answer. */
  testsWithBoth: number;
  /** Tests of the set that ship no correct or no wrong answer, by id. */
  testsMissing: string[];
  mismatches: KnownAnswerMismatch[];
}

/**
 * Scores each test's known answers for the pass types they name (both when none) and lists every
 * correct answer a check rejects and every wrong answer that passes. A scorer throwing on an answer
 * counts as a rejection.
 * @throws only when `signal` aborts
 */
export async function checkKnownAnswers(options: {
  tests: readonly BenchTest[];
  score: ScoreAnswer;
  signal?: AbortSignal;
}): Promise<KnownAnswerReport> {
  const signal = options.signal ?? new AbortController().signal;
  const report: KnownAnswerReport = { checked: 0, testsWithBoth: 0, testsMissing: [], mismatches: [] };
  for (const test of options.tests) {
    const known = test.knownAnswers ?? [];
    const hasGood = known.some((k) => k.expect === "pass");
    const hasBad = known.some((k) => k.expect === "fail");
    if (hasGood && hasBad) report.testsWithBoth++;
    else report.testsMissing.push(test.id);
    for (const entry of known) {
      for (const passType of entry.passType ? [entry.passType] : (["blind", "informed"] as const)) {
        signal.throwIfAborted();
        report.checked++;
        let passed: boolean;
        let reason: string;
        try {
          const score = await options.score({ test, passType, text: entry.answer, signal });
          passed = score.passed;
          const failed = score.checks.filter((c) => !c.passed);
          reason = passed
            ? "passed every check"
            : score.failure
              ? score.failure.message
              : failed.map((c) => (c.error ? `${c.name} (${c.error})` : c.name)).join("; ");
        } catch (error) {
          signal.throwIfAborted();
          passed = false;
          reason = `the scorer failed: ${(error as Error).message}`;
        }
        if (passed !== (entry.expect === "pass")) {
          report.mismatches.push({
            test: test.id,
            suite: test.suite,
            passType,
            expect: entry.expect,
            ...(entry.label ? { label: entry.label } : {}),
            reason,
          });
        }
      }
    }
  }
  report.testsMissing.sort();
  return report;
}

// Format mutants: the reference rewritten in another export or object form a prompt allows (a default
// export, a class behind the factory, a getter for a property). Unlike a behaviour mutant, each must
// PASS when scored as a blind answer — proof that extraction and import are as forgiving as the prompts.
import type { SandboxPool } from "@benchloop/sandbox";
import type { CodingTest } from "./coding-test.js";
import { scoreCodingAnswer } from "./score-coding-answer.js";

/** How one format mutant scored as a blind answer. */
export interface FormatOutcome {
  name: string;
  passed: boolean;
  /** Names and errors of the checks it failed. */
  failedChecks: { name: string; error?: string }[];
  failure?: { type: string; message: string };
}

/** Scores every format mutant of `test` as a fenced blind answer, through the same path as a model's answer. */
export async function checkFormats(
  pool: SandboxPool,
  test: CodingTest,
  signal?: AbortSignal,
): Promise<FormatOutcome[]> {
  return Promise.all(
    test.formats.map(async (format): Promise<FormatOutcome> => {
      const answer = `\`\`\`${test.language}\n${format.source}\n\`\`\``;
      const score = await scoreCodingAnswer(test, answer, "blind", pool, {
        typeCheck: false,
        ...(signal ? { signal } : {}),
      });
      return {
        name: format.name,
        passed: score.passed,
        failedChecks: score.checks
          .filter((check) => !check.passed)
          .map((check) =>
            check.error === undefined ? { name: check.name } : { name: check.name, error: check.error },
          ),
        ...(score.failure ? { failure: score.failure } : {}),
      };
    }),
  );
}

// Format mutants: the reference rewritten in another export or object form a prompt allows (a default
// export, a class behind the factory, a getter for a property; in Python a function bound from a
// class's staticmethod, a property for an attribute, a dataclass, an `if __name__ == "__main__":`
// block). Unlike a behaviour mutant, each must PASS when scored as a blind answer — proof that
// extraction and import are as forgiving as the prompts. A Python one is answered as models do:
// in a ```python fence with prose before and after it.
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
      const answer = toFormatAnswer(test.language, format.source);
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

/** The answer a format mutant is scored as: the module fenced, and for Python with prose around it. */
export function toFormatAnswer(language: CodingTest["language"], source: string): string {
  const fenced = `\`\`\`${language}\n${source.replace(/\n+$/, "")}\n\`\`\``;
  if (language !== "python") return fenced;
  return [
    "Here is the module. It keeps to the standard library.",
    "",
    fenced,
    "",
    "Running the file as a script prints a short demo; importing it runs nothing.",
  ].join("\n");
}

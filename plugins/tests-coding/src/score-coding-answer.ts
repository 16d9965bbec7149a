// Scores one answer to a coding test: the module is extracted from the answer text, then run against
// the test's spec in the sandbox, every `it` on a fresh module instance.
import type { PassType } from "@benchloop/core";
import {
  extractCode,
  extractPythonCode,
  type SandboxCheck,
  type SandboxFailureType,
  type SandboxIsolation,
  type SandboxLimits,
  type SandboxPool,
} from "@benchloop/sandbox";
import type { CodingTestSubject } from "./coding-test.js";
import { isInformedOnlyCheck, toInformedOnlyChecks } from "./contracts.js";
import { acceptsDefaultExport, adaptDefaultExport } from "./export-form.js";

/** Why an answer could not be checked: nothing to run, or the sandbox's reason. */
export type CodingFailureType = "no_code" | "empty_answer" | SandboxFailureType;

/** The outcome of scoring one answer. */
export interface CodingScore {
  /** True when the module loaded and every check of the spec passed (the type check does not count). */
  passed: boolean;
  /** Passed checks over all checks of the spec; 0 when nothing could run. */
  checkRate: number;
  /** Every check of the spec, in spec order (empty when no code was found). */
  checks: SandboxCheck[];
  failure?: { type: CodingFailureType; message: string };
  /** The answer against the declared interface, recorded apart (TypeScript tests only); see {@link ScoreCodingAnswerOptions.typeCheck}. */
  typeCheck?: SandboxCheck;
  /** How the code was found in the answer. */
  extraction?: { blockCount: number; selectedBlocks: number; source: "fenced" | "unfenced" };
  isolation?: SandboxIsolation;
  wallMs?: number;
}

/** Options of {@link scoreCodingAnswer}. */
export interface ScoreCodingAnswerOptions {
  signal?: AbortSignal;
  /**
   * Whether to type-check the answer against `interface.d.ts`. Default: only for the informed pass
   * type, whose prompt gives the interface; a blind answer has only the names to go on.
   */
  typeCheck?: boolean;
  limits?: Partial<SandboxLimits>;
  /**
   * Whether a default export stands for the required names. Default: when the test's prompt of this
   * pass type does not ask for named exports (never when the test carries no prompts).
   */
  acceptDefaultExport?: boolean;
}

/**
 * Scores an answer: `no_code`/`empty_answer` when the answer holds no module, else the sandbox's
 * checks. Resolves whatever the code does; rejects only when `signal` aborts or the pool is closed.
 */
export async function scoreCodingAnswer(
  test: CodingTestSubject,
  answerText: string,
  passType: PassType,
  pool: SandboxPool,
  options: ScoreCodingAnswerOptions = {},
): Promise<CodingScore> {
  const extracted =
    test.language === "python"
      ? extractPythonCode(answerText, test.exports)
      : extractCode(answerText, { language: test.language, exports: test.exports });
  if (!extracted.ok) {
    return {
      passed: false,
      checkRate: 0,
      checks: [],
      failure: { type: extracted.type, message: extracted.message },
    };
  }
  const typeCheck = options.typeCheck ?? passType === "informed";
  const acceptDefault =
    options.acceptDefaultExport ?? (test.prompts ? acceptsDefaultExport(test.prompts[passType]) : false);
  const solutionSource =
    extracted.language !== "python" && acceptDefault && extracted.missingExports.length > 0
      ? adaptDefaultExport(extracted.code, test.exports)
      : extracted.code;
  const limits = options.limits ? { limits: options.limits } : {};
  const result = await pool.run(
    extracted.language === "python"
      ? {
          solutionSource: extracted.code,
          solutionLanguage: "python",
          specSource: test.spec,
          exports: test.exports,
          ...limits,
        }
      : {
          solutionSource,
          solutionLanguage: extracted.language,
          specSource: test.spec,
          exports: test.exports,
          ...(typeCheck ? { interfaceSource: test.interfaceSource } : {}),
          ...limits,
        },
    options.signal ? { signal: options.signal } : undefined,
  );
  // A blind prompt that does not state a contract is not scored on it.
  const informedOnly = test.informedOnlyChecks ?? toInformedOnlyChecks(test.contracts ?? []);
  const checks =
    passType === "blind" && informedOnly.length > 0
      ? result.checks.filter((check) => !isInformedOnlyCheck(check.name, informedOnly))
      : result.checks;
  const passedChecks = checks.filter((check) => check.passed).length;
  const total = checks.length;
  return {
    passed: result.loaded && !result.failure && total > 0 && passedChecks === total,
    checkRate: total === 0 ? 0 : passedChecks / total,
    checks,
    ...(result.failure ? { failure: result.failure } : {}),
    ...(result.typeCheck ? { typeCheck: result.typeCheck } : {}),
    extraction: {
      blockCount: extracted.blockCount,
      selectedBlocks: extracted.selectedBlocks,
      source: extracted.source,
    },
    isolation: result.isolation,
    wallMs: result.wallMs,
  };
}

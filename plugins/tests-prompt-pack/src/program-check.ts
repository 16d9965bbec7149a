// The `program` check: extracts the answer's module and runs the check's describe/it spec against it in
// @benchloop/sandbox; each spec case is one recorded check, sharing the check's weight.
import type { Check } from "@benchloop/core";
import { extractCode, type SandboxPool } from "@benchloop/sandbox";
import type { RubricCheck } from "./rubric-check.js";

type ProgramCheck = Extract<RubricCheck, { kind: "program" }>;

/** Runs the spec of a `program` check against the answer's code in the sandbox. */
export async function evaluateProgramCheck(
  check: ProgramCheck,
  answer: string,
  pool: SandboxPool,
  signal?: AbortSignal,
): Promise<Check[]> {
  const label = check.name ?? `${check.exports.join(", ")} passes its spec`;
  const extracted = extractCode(answer, { language: check.language, exports: check.exports });
  if (!extracted.ok)
    return [
      {
        name: label,
        passed: false,
        weight: check.weight,
        expected: { exports: check.exports },
        actual: null,
        error: extracted.message,
      },
    ];
  const result = await pool.run(
    {
      solutionSource: extracted.code,
      solutionLanguage: extracted.language,
      specSource: check.spec,
      exports: check.exports,
    },
    signal ? { signal } : {},
  );
  if (!result.loaded || result.checks.length === 0) {
    return [
      {
        name: label,
        passed: false,
        weight: check.weight,
        expected: { exports: check.exports },
        actual: { failure: result.failure?.type ?? "no checks ran" },
        error: result.failure?.message ?? "the spec ran no checks",
      },
    ];
  }
  const share = check.weight / result.checks.length;
  return result.checks.map((c) => ({
    name: `${label}: ${c.name}`,
    passed: c.passed,
    weight: share,
    ...(c.expected !== undefined ? { expected: c.expected } : {}),
    ...(c.actual !== undefined ? { actual: c.actual } : {}),
    ...(c.error !== undefined && !c.passed ? { error: c.error } : {}),
  }));
}

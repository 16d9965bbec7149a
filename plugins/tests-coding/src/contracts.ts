// The contracts a spec checks beyond what the function names say — error classes, input validation,
// immutability, export form — as `contracts.json` of a test lists them. Each is either stated in the
// blind prompt in plain words or informed-only: its checks are then left out of blind scores.
// `auditBlindPrompt` holds a test to that, and finds throwing checks the list forgot.
import { z } from "@benchloop/core";

/** One contract of a spec. */
export const ContractSchema = z
  .object({
    id: z
      .string()
      .regex(/^[a-z][a-z0-9-]*$/)
      .describe("Short name, unique within the test."),
    kind: z
      .enum(["error-class", "validation", "immutability", "export-form", "behaviour"])
      .describe("What sort of contract it is."),
    checks: z
      .array(z.string().min(1))
      .min(1)
      .describe('The checks that test it: `it` titles, or "describe > it" names.'),
    blind: z
      .enum(["stated", "informed-only"])
      .describe("Whether the blind prompt states it, or its checks count for informed answers only."),
    words: z
      .array(z.string().min(1))
      .default([])
      .describe("Text the blind prompt must contain when the contract is stated (e.g. `RangeError`)."),
  })
  .strict();

/** One contract of a spec. */
export type Contract = z.infer<typeof ContractSchema>;

/** The `contracts.json` of a test. */
export const ContractsFileSchema = z.object({ contracts: z.array(ContractSchema) }).strict();

/** The checks of informed-only contracts, as listed. */
export function toInformedOnlyChecks(contracts: readonly Contract[]): string[] {
  return contracts
    .filter((contract) => contract.blind === "informed-only")
    .flatMap((contract) => contract.checks);
}

/** True when the check named `name` ("describe > it") is one of `informedOnly` (full names or `it` titles). */
export function isInformedOnlyCheck(name: string, informedOnly: readonly string[]): boolean {
  return informedOnly.some((entry) => name === entry || name.endsWith(` > ${entry}`));
}

/** One `it` of a spec, found by reading its text: its title and the text up to the next `it`. */
export interface SpecCheckText {
  title: string;
  body: string;
}

const IT_CALL = /\b(?:it|test)\(\s*(["'`])((?:\\.|(?!\1).)*)\1/g;

/** The `it` blocks of a spec, by title, in order (a static read: enough for specs written as ours are). */
export function listSpecChecks(spec: string): SpecCheckText[] {
  const calls = [...spec.matchAll(IT_CALL)];
  return calls.map((call, index) => ({
    title: (call[2] as string).replace(/\\(.)/g, "$1"),
    body: spec.slice((call.index ?? 0) + call[0].length, calls[index + 1]?.index ?? spec.length),
  }));
}

const THROWING = /\.toThrow(?:Error)?\(|\.rejects\./;
const ERROR_CLASS_EXPECTATION = /\.toThrow(?:Error)?\(\s*([A-Z]\w*Error)\s*\)/g;

/**
 * True when every expectation of the check is a specific error class (`toThrow(RangeError)`) and the
 * blind prompt names each class — stated in words, or in code the prompt shows (an edit task's module).
 */
function namesItsErrorClasses(body: string, blind: string): boolean {
  const classes = [...body.matchAll(ERROR_CLASS_EXPECTATION)].map((match) => match[1] as string);
  const throwing = body.match(/\.toThrow(?:Error)?\(|\.rejects\./g) ?? [];
  return (
    classes.length > 0 &&
    classes.length === throwing.length &&
    classes.every((name) => blind.includes(name.toLowerCase()))
  );
}

/** What {@link auditBlindPrompt} needs of a test. */
export interface AuditSubject {
  id: string;
  prompts: { blind: string };
  spec: string;
  contracts: readonly Contract[];
}

/**
 * The ways a test's blind prompt is unfair to its spec, as sentences (none when it is fair):
 * a stated contract whose words the blind prompt lacks, a contract naming a check the spec does not
 * have, and a throwing check (`toThrow`, `rejects`) no contract covers — unless it only expects error
 * classes the blind prompt names.
 */
export function auditBlindPrompt(test: AuditSubject): string[] {
  const problems: string[] = [];
  const checks = listSpecChecks(test.spec);
  const titles = new Set(checks.map((check) => check.title));
  // Prompts wrap lines anywhere: words are looked for with whitespace runs read as one space.
  const flatten = (text: string) => text.toLowerCase().replace(/\s+/g, " ");
  const blind = flatten(test.prompts.blind);
  const covered = new Set<string>();
  for (const contract of test.contracts) {
    for (const name of contract.checks) {
      const title = name.split(" > ").pop() as string;
      if (!titles.has(title))
        problems.push(`${test.id}: contract "${contract.id}" names a check "${name}" the spec does not have`);
      covered.add(title);
    }
    if (contract.blind === "stated") {
      if (contract.words.length === 0) {
        problems.push(
          `${test.id}: contract "${contract.id}" is stated but lists no words to find in the blind prompt`,
        );
      }
      for (const word of contract.words) {
        if (!blind.includes(flatten(word))) {
          problems.push(
            `${test.id}: contract "${contract.id}" is stated but the blind prompt does not say "${word}"`,
          );
        }
      }
    }
  }
  for (const check of checks) {
    if (THROWING.test(check.body) && !covered.has(check.title) && !namesItsErrorClasses(check.body, blind)) {
      problems.push(
        `${test.id}: the check "${check.title}" expects a throw but no contract in contracts.json covers it; state it in the blind prompt or mark it informed-only`,
      );
    }
  }
  return problems;
}

/** The file that lists a test's contracts (optional; no file means no contracts). */
export const CONTRACTS_FILE = "contracts.json";

/** Parses the text of `contracts.json`: the contracts, or a sentence saying what is wrong. */
export function parseContractsFile(
  text: string,
): { ok: true; contracts: Contract[] } | { ok: false; problem: string } {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    return { ok: false, problem: `${CONTRACTS_FILE} is not JSON (${(error as Error).message})` };
  }
  const parsed = ContractsFileSchema.safeParse(json);
  if (!parsed.success) {
    const issues = parsed.error.issues.map(
      (issue) => `${issue.path.join(".") || "(root)"}: ${issue.message}`,
    );
    return { ok: false, problem: `${CONTRACTS_FILE} is not valid: ${issues.join("; ")}` };
  }
  return { ok: true, contracts: parsed.data.contracts };
}

// The contracts a spec checks beyond what the function names say — error classes, input validation,
// immutability, export form — as `contracts.json` of a test lists them. Each is either stated in the
// blind prompt in plain words or informed-only: its checks are then left out of blind scores.
// `auditBlindPrompt` (audit-blind-prompt.ts) holds a test to that.
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

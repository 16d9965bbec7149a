// The `threshold` policy's options (the config's `gate.options`, or a `--policy` JSON/YAML file): one
// minimum of the pass@1 Wilson lower bound per role (pass@2 for the roles that say so), and which suite
// each role is measured on.
import { readFile } from "node:fs/promises";
import { argumentInvalid, documentInvalid, PASS_METRICS, toValidationIssues, z } from "@benchloop/core";
import { parse } from "yaml";

/** The threshold policy. */
export const ThresholdPolicySchema = z
  .object({
    name: z.string().min(1).default("threshold").describe("Name recorded in gate.json and the promotion."),
    minPassAt1Lower: z
      .record(z.string().min(1), z.number().min(0).max(1))
      .refine((roles) => Object.keys(roles).length > 0, "name at least one role")
      .describe("Per role: the least Wilson lower bound of pass@1 a model needs (`balanced: 0.4`)."),
    suites: z
      .record(z.string().min(1), z.string().min(1))
      .default({})
      .describe("Per role: the suite it is measured on; default the suite named like the role."),
    metric: z
      .record(z.string().min(1), z.enum(PASS_METRICS))
      .optional()
      .describe(
        "Per role: the pass rate its minimum applies to, `pass@1` (the first answer, default) or `pass@2` (the first answer or one repair round; needs runs made with --repair).",
      ),
    confidence: z.number().gt(0).lt(1).default(0.95).describe("Confidence of the pass@1 interval."),
  })
  .strict();

/** The threshold policy, defaults applied. */
export type ThresholdPolicy = z.infer<typeof ThresholdPolicySchema>;

/** Where the policy came from. */
export interface LoadedThresholdPolicy {
  policy: ThresholdPolicy;
  file?: string;
}

/**
 * The policy of one evaluation: a `--policy` file wins over the config's `gate.options`.
 * @throws ARGUMENT_INVALID (none given, file unreadable), DOCUMENT_INVALID
 */
export async function loadThresholdPolicy(input: {
  policy?: unknown;
  policyFile?: { path: string; written: string };
}): Promise<LoadedThresholdPolicy> {
  if (input.policyFile) {
    const { path, written } = input.policyFile;
    const text = await readFile(path, "utf8").catch((error: NodeJS.ErrnoException) => {
      throw argumentInvalid(`--policy ${written}`, `cannot be read (${error.code ?? error.message})`);
    });
    let value: unknown;
    try {
      value = parse(text);
    } catch (error) {
      throw documentInvalid("The threshold policy", [{ path: "", message: (error as Error).message }], path);
    }
    const parsed = ThresholdPolicySchema.safeParse(value);
    if (!parsed.success)
      throw documentInvalid("The threshold policy", toValidationIssues(parsed.error), path);
    return { policy: parsed.data, file: written };
  }
  if (input.policy === undefined || input.policy === null)
    throw argumentInvalid(
      "gate.options",
      "the threshold policy has no minimums",
      'Set "gate": { "policy": "threshold", "options": { "minPassAt1Lower": { "balanced": 0.4 } } } in the config, or pass --policy FILE.',
    );
  const parsed = ThresholdPolicySchema.safeParse(input.policy);
  if (!parsed.success)
    throw documentInvalid(
      "The threshold policy in gate.options",
      toValidationIssues(parsed.error, ["gate", "options"]),
    );
  return { policy: parsed.data };
}

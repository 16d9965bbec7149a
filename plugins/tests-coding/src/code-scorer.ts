// The `code` scorer: extracts the module from an answer and runs the test's spec in the sandbox. It
// uses the run's sandbox pool when the context offers one, else a pool of its own started on first use.
import type { Check, ComponentDeps, ItemContext, Score, Scorer } from "@benchloop/core";
import { z } from "@benchloop/core";
import { createSandboxPool, type SandboxPool } from "@benchloop/sandbox";
import { CodingTestDataSchema } from "./coding-test-data.js";
import { claimSandboxTempDir } from "./sandbox-temp-dir.js";
import { scoreCodingAnswer } from "./score-coding-answer.js";

/** Version of the `code` scorer; part of score cache keys. Bump when scores can change. */
export const CODE_SCORER_VERSION = "2";

/** Options of the `code` scorer (`scorers.code` in the config). */
export const CodeScorerConfigSchema = z
  .object({
    typeCheck: z
      .enum(["informed", "always", "never"])
      .default("informed")
      .describe(
        "When to type-check answers against the test's declared interface (recorded apart from the checks).",
      ),
    poolSize: z
      .number()
      .int()
      .min(1)
      .optional()
      .describe("Sandbox processes at once when the scorer runs its own pool (default: available CPUs)."),
    checkTimeoutMs: z.number().int().min(1).optional().describe("Time one check of the spec may take."),
    memoryMb: z.number().int().min(16).optional().describe("Heap limit of the sandboxed module."),
  })
  .strict();

/** Options of the `code` scorer. */
export type CodeScorerConfig = z.infer<typeof CodeScorerConfigSchema>;

/** A run context that may carry the run's sandbox pool. */
type ContextWithSandbox = ItemContext & { sandbox?: SandboxPool };

/** Creates the `code` scorer. */
export function createCodeScorer(deps: Pick<ComponentDeps<CodeScorerConfig>, "config">): Scorer {
  const config = deps.config;
  let ownPool: SandboxPool | undefined;
  const limits = {
    ...(config.checkTimeoutMs ? { checkTimeoutMs: config.checkTimeoutMs } : {}),
    ...(config.memoryMb ? { memoryMb: config.memoryMb } : {}),
  };

  const ensureOwnPool = (): SandboxPool => {
    ownPool ??= createSandboxPool({
      ...(config.poolSize ? { size: config.poolSize } : {}),
      tempDir: claimSandboxTempDir(),
    });
    return ownPool;
  };

  return {
    async score(input, ctx): Promise<Score> {
      const data = CodingTestDataSchema.safeParse(input.test.data);
      if (!data.success) {
        throw new Error(
          `test "${input.test.id}" (source ${input.test.source}) has no coding spec in its data; the code scorer only scores tests of the coding test source`,
        );
      }
      const pool = (ctx as ContextWithSandbox).sandbox ?? ensureOwnPool();
      const typeCheck =
        config.typeCheck === "always" ? true : config.typeCheck === "never" ? false : undefined;
      const result = await scoreCodingAnswer(
        { id: input.test.id, ...data.data, prompts: input.test.prompts },
        input.generation.text,
        input.passType,
        pool,
        {
          signal: ctx.signal,
          ...(typeCheck === undefined ? {} : { typeCheck }),
          ...(Object.keys(limits).length > 0 ? { limits } : {}),
        },
      );
      const checks: Check[] = result.checks.map((check) => ({
        name: check.name,
        passed: check.passed,
        ...(check.expected === undefined ? {} : { expected: check.expected }),
        ...(check.actual === undefined ? {} : { actual: check.actual }),
        ...(check.error === undefined ? {} : { error: check.error }),
      }));
      return {
        scorer: "code",
        scorerVersion: CODE_SCORER_VERSION,
        passed: result.passed,
        value: result.checkRate,
        checks,
        ...(result.failure
          ? {
              failure: {
                stage: "score",
                type: result.failure.type,
                message: result.failure.message,
                retryable: false,
              },
            }
          : {}),
        details: {
          ...(result.typeCheck ? { typeCheck: result.typeCheck } : {}),
          ...(result.extraction ? { extraction: result.extraction } : {}),
          ...(result.isolation ? { isolation: result.isolation } : {}),
          ...(result.wallMs === undefined ? {} : { sandboxWallMs: result.wallMs }),
        },
      };
    },
    async dispose() {
      await ownPool?.close();
      ownPool = undefined;
    },
  };
}

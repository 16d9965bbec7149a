// The machine and software a run happened on, recorded in plan.json so results can be explained.
import { z } from "zod";

/** Facts about the machine, the software and the working folder of a run. */
export const EnvironmentSchema = z
  .object({
    os: z.string().describe("platform and release, e.g. linux 6.1.0"),
    arch: z.string(),
    cpu: z.object({ model: z.string(), cores: z.number().int() }).strict(),
    memoryBytes: z.number().nonnegative(),
    node: z.string(),
    benchloop: z.string().describe("Version of @benchloop/core."),
    git: z
      .object({ commit: z.string(), dirty: z.boolean() })
      .strict()
      .optional()
      .describe("Working folder's git state."),
    configHash: z.string().describe("sha256 of the resolved config."),
    backends: z
      .array(
        z
          .object({
            harness: z.string(),
            available: z.boolean(),
            version: z.string().optional(),
            reason: z.string().optional(),
          })
          .strict(),
      )
      .default([])
      .describe("What each harness's probe found."),
  })
  .strict();

/** Facts about the machine and software of a run. */
export type Environment = z.infer<typeof EnvironmentSchema>;

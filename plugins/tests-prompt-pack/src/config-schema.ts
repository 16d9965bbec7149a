// Options of the `prompt-pack` test source (config section `sources.prompt-pack`).
import { z } from "zod";

/** One prompt pack file to load. */
const PackOptionSchema = z
  .object({
    file: z
      .string()
      .min(1)
      .describe("Path of a JSONL prompt pack, relative to the folder benchloop runs in."),
    suite: z.string().min(1).optional().describe("Suite of the pack's tests; defaults to the pack id."),
    idPrefix: z
      .string()
      .regex(/^[a-z0-9][a-z0-9._-]*$/, "idPrefix uses lowercase letters, digits and . _ -")
      .optional()
      .describe(
        "Pack id put before every line id (`<pack-id>/<line id>`); defaults to the file name without extension.",
      ),
  })
  .strict();

/** Options of the `prompt-pack` test source. */
export const PromptPackConfigSchema = z
  .object({
    packs: z.array(PackOptionSchema).default([]).describe("Prompt pack files to load, in order."),
    includeBuiltin: z
      .boolean()
      .default(true)
      .describe(
        "Include the shipped role packs (suites low_latency, balanced and high_reasoning; test ids `live/<id>`).",
      ),
  })
  .strict();

/** Options of the `prompt-pack` test source, defaults applied. */
export type PromptPackConfig = z.output<typeof PromptPackConfigSchema>;
/** Options of the `prompt-pack` test source as written. */
export type PromptPackConfigInput = z.input<typeof PromptPackConfigSchema>;

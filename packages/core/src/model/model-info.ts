// What a harness knows about a model it can serve.
import { z } from "zod";

/** A model a backend serves, with the facts that identify and size it. */
export const ModelInfoSchema = z
  .object({
    name: z.string().min(1).describe("Name the backend serves, e.g. qwen3:8b."),
    digest: z.string().optional().describe("Content digest; part of item hashes."),
    family: z.string().optional(),
    parameterSize: z.string().optional().describe("e.g. 8.2B"),
    quantization: z.string().optional().describe("e.g. Q4_K_M"),
    sizeBytes: z.number().nonnegative().optional(),
    contextLength: z.number().int().positive().optional(),
    capabilities: z.array(z.string()).optional().describe("e.g. completion, tools, thinking"),
    simulated: z.boolean().optional().describe("True for ollama-sim's scripted models."),
  })
  .strict();

/** A model a backend serves. */
export type ModelInfo = z.infer<typeof ModelInfoSchema>;

// The options every agent harness shares: the model server, its API, the binary, turns and time limit.
import { z } from "zod";
import { DEFAULT_MODEL_SERVER_URL } from "./model-server.js";

/** Options shared by the agent harnesses (each harness extends this object with its own). */
export const AgentHarnessConfigSchema = z
  .object({
    baseUrl: z
      .string()
      .url()
      .default(DEFAULT_MODEL_SERVER_URL)
      .describe(
        "The model server the agent talks to (through benchloop's metering proxy): Ollama or an OpenAI-compatible server, e.g. http://127.0.0.1:11434.",
      ),
    api: z
      .enum(["ollama", "openai"])
      .default("ollama")
      .describe(
        "The model server's API: `ollama` (also serves /v1) or `openai` (any OpenAI-compatible server).",
      ),
    binary: z
      .string()
      .optional()
      .describe("Path or command name of the agent CLI. Default: found on PATH, else in its npm package."),
    maxTurns: z
      .number()
      .int()
      .positive()
      .default(10)
      .describe("Most model turns the agent may take for one item, where the agent supports a limit."),
    timeoutMs: z
      .number()
      .int()
      .positive()
      .optional()
      .describe(
        "Wall-time limit of one item in ms; the agent's process group is killed then. Default: the run's generate timeout.",
      ),
  })
  .strict();

/** Shared agent harness options, with defaults applied. */
export type AgentHarnessConfig = z.output<typeof AgentHarnessConfigSchema>;

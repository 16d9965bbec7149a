// The `scorers.judge` config section: which judge model, reached how (Ollama's native API or an
// OpenAI-compatible server), with which sampling, and where verdicts are cached.
import { z } from "@benchloop/core";

/** The judge's address when none is configured, per backend. */
export const DEFAULT_JUDGE_URLS = {
  ollama: "http://127.0.0.1:11434",
  openai: "http://127.0.0.1:8080/v1",
} as const;

/** Options of the `judge` scorer. */
export const JudgeConfigSchema = z
  .object({
    model: z
      .string()
      .min(1)
      .optional()
      .describe("Judge model name (`qwen3:14b`). Required to judge; `--judge MODEL` sets it."),
    backend: z
      .enum(["ollama", "openai"])
      .default("ollama")
      .describe(
        "How the judge is reached: `ollama` (native `/api/chat` with a `format` JSON schema) or `openai` (`/chat/completions` with `response_format`).",
      ),
    baseUrl: z
      .string()
      .url()
      .optional()
      .describe(
        "Server address: `http://127.0.0.1:11434` for ollama, `http://127.0.0.1:8080/v1` for openai (include the `/v1` prefix). `--judge-url` sets it.",
      ),
    apiKeyEnv: z
      .string()
      .regex(/^[A-Za-z_][A-Za-z0-9_]*$/, "must be an environment variable name")
      .optional()
      .describe(
        "Environment variable holding an API key for a hosted judge (OpenRouter …), sent as a Bearer token and redacted everywhere. Unset: no key is sent.",
      ),
    temperature: z
      .number()
      .min(0)
      .max(2)
      .default(0)
      .describe("Judge sampling temperature; 0 makes verdicts repeatable."),
    seed: z.number().int().default(42).describe("Judge sampling seed; `--repeat` uses seed, seed+1, …"),
    numPredict: z
      .number()
      .int()
      .positive()
      .default(1024)
      .describe("Most tokens of a verdict; a verdict cut off by it is a `judge_error`."),
    requestTimeoutMs: z.number().int().positive().default(120_000).describe("Longest wait for one verdict."),
    cache: z
      .boolean()
      .default(true)
      .describe("Reuse verdicts for the same answer, rubric, judge and options."),
    cacheDir: z
      .string()
      .default(".benchloop/cache/judge")
      .describe("Where cached verdicts live (relative to the folder benchloop runs in)."),
  })
  .strict();

/** Options of the `judge` scorer, as written. */
export type JudgeOptions = z.input<typeof JudgeConfigSchema>;
/** Options of the `judge` scorer, with defaults applied. */
export type JudgeConfig = z.output<typeof JudgeConfigSchema>;

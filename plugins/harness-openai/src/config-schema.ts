// The `harnesses.openai` config section: which server, which environment variable holds its key, and
// how long to wait for it.

import { baseUrlField, requestTimeoutField, toOpenAiBaseUrl } from "@benchloop/http-harness-kit";
import { z } from "zod";

/** Options of the `openai` harness. */
export const OpenAiHarnessConfigSchema = z
  .object({
    baseUrl: baseUrlField({
      toBaseUrl: toOpenAiBaseUrl,
      invalidMessage: "is not an http(s) URL; write it as http://127.0.0.1:8080/v1",
      description:
        "Base URL of the OpenAI-compatible API, with its prefix (`http://127.0.0.1:8080/v1`; a bare host gets `/v1`). Required unless OPENAI_BASE_URL is set.",
    }),
    apiKeyEnv: z
      .string()
      .regex(/^[A-Za-z_][A-Za-z0-9_]*$/, "must be an environment variable name")
      .default("OPENAI_API_KEY")
      .describe(
        "Name of the environment variable holding the API key (sent as a Bearer token, redacted everywhere). Unset variable: no key is sent, as local servers expect.",
      ),
    requestTimeoutMs: requestTimeoutField("the server's"),
    warmUp: z
      .boolean()
      .default(true)
      .describe(
        "Before a model's items, send a one-token request so loading is timed apart from the first item.",
      ),
  })
  .strict();

/** Options of the `openai` harness, as written. */
export type OpenAiHarnessOptions = z.input<typeof OpenAiHarnessConfigSchema>;
/** Options of the `openai` harness, with defaults applied. */
export type OpenAiHarnessConfig = z.output<typeof OpenAiHarnessConfigSchema>;

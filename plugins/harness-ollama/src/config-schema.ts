// The `harnesses.ollama` config section: where Ollama listens and how requests are sent.
import { baseUrlField, requestTimeoutField } from "@benchloop/http-harness-kit";
import { z } from "zod";
import { toOllamaBaseUrl } from "./base-url.js";

/** How long Ollama keeps a model loaded after a request: a duration ("5m", "1h", "30s") or seconds. */
const KeepAliveSchema = z.union([
  z.string().regex(/^-?\d+(\.\d+)?(ns|us|µs|ms|s|m|h)?$/, 'write a duration such as "5m", "30s" or "1h"'),
  z.number(),
]);

/** Options of the `ollama` harness. */
export const OllamaHarnessConfigSchema = z
  .object({
    baseUrl: baseUrlField({
      toBaseUrl: toOllamaBaseUrl,
      invalidMessage: "is not an Ollama address; write it as http://127.0.0.1:11434 or host:port",
      description:
        "Ollama address, with or without scheme (`gpu-box:11434`). Default: the OLLAMA_HOST environment variable, else http://127.0.0.1:11434. `--ollama-url` sets it.",
    }),
    keepAlive: KeepAliveSchema.default("5m").describe(
      "How long Ollama keeps the model loaded after each request (Ollama `keep_alive`). benchloop unloads the model itself once its items are done.",
    ),
    think: z
      .union([z.boolean(), z.enum(["low", "medium", "high"])])
      .optional()
      .describe(
        "Ollama `think` for thinking models, unless the run's `sampling.think` says otherwise. Unset: the server's default.",
      ),
    requestTimeoutMs: requestTimeoutField("Ollama's"),
  })
  .strict();

/** Options of the `ollama` harness, as written. */
export type OllamaHarnessOptions = z.input<typeof OllamaHarnessConfigSchema>;
/** Options of the `ollama` harness, with defaults applied. */
export type OllamaHarnessConfig = z.output<typeof OllamaHarnessConfigSchema>;

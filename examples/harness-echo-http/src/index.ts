// benchloop-harness-echo-http: an example third-party harness, `echo-http`. It sends each prompt to an
// Ollama-compatible server's POST /api/chat (non-streaming) and returns the answer with its timings.
import { definePlugin, type Generation, type Harness, itemFailure, z } from "@benchloop/core";

/** Options of the harness (`harnesses.echo-http` in benchloop.config.json). */
export const EchoHttpOptionsSchema = z
  .object({
    baseUrl: z.string().url().default("http://127.0.0.1:11434").describe("The server's address."),
  })
  .strict();

/** The reply fields of /api/chat this harness reads; durations are in nanoseconds. */
interface ChatReply {
  message?: { content?: string; thinking?: string };
  done_reason?: string;
  prompt_eval_count?: number;
  eval_count?: number;
  load_duration?: number;
  prompt_eval_duration?: number;
  eval_duration?: number;
}

const ms = (ns: number | undefined) => (ns === undefined ? undefined : ns / 1e6);

/** Creates the harness for one validated config section. */
export function createEchoHttpHarness(options: z.infer<typeof EchoHttpOptionsSchema>): Harness {
  const url = (route: string) => new URL(route, options.baseUrl).href;
  return {
    async probe(ctx) {
      try {
        const response = await fetch(url("/api/version"), { signal: ctx.signal });
        const { version } = (await response.json()) as { version?: string };
        return { available: response.ok, version, endpoint: options.baseUrl };
      } catch (error) {
        const reason = `No server answers at ${options.baseUrl} (${(error as Error).message}); set harnesses.echo-http.baseUrl.`;
        return { available: false, reason, endpoint: options.baseUrl };
      }
    },
    async listModels(ctx) {
      const response = await fetch(url("/api/tags"), { signal: ctx.signal });
      const { models } = (await response.json()) as { models: { name: string; digest?: string }[] };
      return models.map((m) => ({ name: m.name, digest: m.digest }));
    },
    async generate(request, ctx) {
      const started = performance.now();
      const messages = [
        ...(request.system ? [{ role: "system", content: request.system }] : []),
        { role: "user", content: request.prompt },
      ];
      const response = await fetch(url("/api/chat"), {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({
          model: request.model,
          messages,
          stream: false,
          options: { temperature: request.sampling.temperature, seed: request.sampling.seed },
        }),
        signal: ctx.signal,
      });
      if (!response.ok) {
        const status = response.status;
        const message = `${options.baseUrl}/api/chat answered HTTP ${status}: ${await response.text()}`;
        const retryable = status === 429 || status >= 500;
        throw itemFailure({ type: "http_status", message, retryable, status });
      }
      const reply = (await response.json()) as ChatReply;
      return {
        text: reply.message?.content ?? "",
        thinking: reply.message?.thinking || undefined,
        tokens: { prompt: reply.prompt_eval_count, completion: reply.eval_count },
        // tok/s = tokens.completion / evalMs; prefill tok/s = tokens.prompt / promptEvalMs
        timing: {
          wallMs: performance.now() - started,
          loadMs: ms(reply.load_duration),
          promptEvalMs: ms(reply.prompt_eval_duration),
          evalMs: ms(reply.eval_duration),
        },
        doneReason: reply.done_reason,
        truncated: reply.done_reason === "length" || undefined,
      } satisfies Generation;
    },
  };
}

/** The plugin object; also the default export. */
export const echoHttpPlugin = definePlugin({
  name: "benchloop-harness-echo-http",
  apiVersion: 1,
  register(r) {
    r.harness("echo-http", (deps) => createEchoHttpHarness(EchoHttpOptionsSchema.parse(deps.config)), {
      configSchema: EchoHttpOptionsSchema,
      capabilities: { streaming: false },
      description: "Prompts an Ollama-compatible /api/chat over HTTP.",
    });
  },
});

export default echoHttpPlugin;

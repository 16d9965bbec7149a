// Runs a harness's exchanges: a fresh recorded exchange each time, failures typed by the server's
// description, the idle deadline always stopped; for items, the transcript is written as an artifact
// whether the exchange succeeded or failed, and attached to the failure's details.
import type { ItemContext } from "@benchloop/core";
import { createHttpExchange, type HttpExchange } from "./http-exchange.js";
import { type ServerDescription, toHttpFailure } from "./http-failure.js";
import { attachDetails, errorMessage } from "./item-evidence.js";

/** The artifact name of the raw exchange of one item. */
export const TRANSCRIPT_ARTIFACT = "transcript.ndjson";

/** What an exchange is for, for failure messages and classification. */
export interface ExchangePurpose {
  /** E.g. "generation", "warm-up", "model listing". */
  operation: string;
  model?: string;
  /** True when the request carried `tools`. */
  toolsSent?: boolean;
}

/** Options of {@link createExchangeRunner}. */
export interface ExchangeRunnerOptions {
  /** The API root; throw a config error here when the address is not usable. */
  baseUrl(): string;
  apiKey?: string;
  idleTimeoutMs: number;
  server: ServerDescription;
}

/** Runs exchanges with one server. */
export interface ExchangeRunner {
  /** Runs one exchange; failures come out typed (and redacted). */
  run<T>(
    signal: AbortSignal,
    purpose: ExchangePurpose,
    body: (exchange: HttpExchange) => Promise<T>,
  ): Promise<T>;
  /**
   * Runs an item's exchange and writes its transcript artifact (`transcript.ndjson`) either way: on
   * success with the value, on failure into the typed failure's details.
   */
  runItem<T>(
    ctx: ItemContext,
    purpose: ExchangePurpose,
    body: (exchange: HttpExchange) => Promise<T>,
  ): Promise<{ value: T; transcript?: string }>;
  /** Replaces the API key with "***" in a text. */
  redact(text: string): string;
}

/** Creates a runner for one harness instance. */
export function createExchangeRunner(options: ExchangeRunnerOptions): ExchangeRunner {
  const key = options.apiKey;
  const redact = (text: string) => (key && text.includes(key) ? text.split(key).join("***") : text);

  async function attempt<T>(
    signal: AbortSignal,
    purpose: ExchangePurpose,
    body: (exchange: HttpExchange) => Promise<T>,
  ): Promise<{ exchange?: HttpExchange; value?: T; error?: Error }> {
    const baseUrl = options.baseUrl();
    const { idleTimeoutMs, server } = options;
    const exchange = createHttpExchange({ baseUrl, apiKey: key, signal, idleTimeoutMs });
    try {
      return { exchange, value: await body(exchange) };
    } catch (error) {
      const failure = toHttpFailure(error, {
        ...purpose,
        facts: exchange.facts,
        signal,
        baseUrl,
        idleTimeoutMs,
        server,
        redact,
      });
      return { exchange, error: failure };
    } finally {
      exchange.dispose();
    }
  }

  return {
    redact,
    async run(signal, purpose, body) {
      const outcome = await attempt(signal, purpose, body);
      if (outcome.error) throw outcome.error;
      return outcome.value as Awaited<ReturnType<typeof body>>;
    },
    async runItem(ctx, purpose, body) {
      const outcome = await attempt(ctx.signal, purpose, body);
      const transcript = outcome.exchange
        ? await writeTranscript(outcome.exchange, ctx, options.server)
        : undefined;
      if (outcome.error) {
        if (transcript) attachDetails(outcome.error, { transcript });
        throw outcome.error;
      }
      const value = outcome.value as Awaited<ReturnType<typeof body>>;
      return transcript ? { value, transcript } : { value };
    },
  };
}

/** Writes the exchange's transcript; a write that fails is logged, not fatal. */
async function writeTranscript(
  exchange: HttpExchange,
  ctx: ItemContext,
  server: ServerDescription,
): Promise<string | undefined> {
  try {
    return await ctx.artifacts.write(TRANSCRIPT_ARTIFACT, exchange.transcript());
  } catch (error) {
    ctx.logger.warn(`${server.name}: could not write the transcript`, { reason: errorMessage(error) });
    return undefined;
  }
}

// The config fields every HTTP harness has: the server's base URL (checked by the harness's own
// address rule) and the idle deadline. The harness adds its own fields around them.
import { z } from "zod";

/** How a harness describes its `baseUrl` option. */
export interface BaseUrlFieldOptions {
  /** The harness's address rule: undefined when the text is not an address. */
  toBaseUrl(address: string): string | undefined;
  /** Said when the rule refuses a value, e.g. "is not an http(s) URL; write it as …". */
  invalidMessage: string;
  /** The option's documentation (README and JSON schema). */
  description: string;
}

/** The optional `baseUrl` string field, refined by the harness's address rule. */
export function baseUrlField(options: BaseUrlFieldOptions) {
  return z
    .string()
    .refine((value) => options.toBaseUrl(value) !== undefined, { message: options.invalidMessage })
    .optional()
    .describe(options.description);
}

/**
 * The `requestTimeoutMs` field (default 5 minutes): the longest silence before a stalled request or
 * stream fails as a retryable `timeout`. `whose` names the server, e.g. "Ollama's" or "the server's".
 */
export function requestTimeoutField(whose: string) {
  return z
    .number()
    .int()
    .positive()
    .default(300_000)
    .describe(
      `Longest wait for ${whose} answer to start or for its next streamed chunk; a stalled stream fails as \`timeout\` (retryable).`,
    );
}

// Errors as the web app answers them: the CLI's own message and hint, with an HTTP status that says
// whose fault it is (a refusal is 409, a bad request 400, a missing run 404).
import { toBenchloopError } from "@benchloop/core";
import type { ContentfulStatusCode } from "hono/utils/http-status";

/** What an API error answer holds. */
export interface ApiError {
  code: string;
  message: string;
  hint?: string;
}

const STATUS: Readonly<Record<string, ContentfulStatusCode>> = {
  ARGUMENT_INVALID: 400,
  CONFIG_INVALID: 400,
  DOCUMENT_INVALID: 400,
  NAME_UNKNOWN: 400,
  RUN_NOT_FOUND: 404,
  APPLY_REFUSED: 409,
  TARGET_DRIFTED: 409,
  RUN_LOCKED: 409,
};

/** The answer to an error: its status and body. */
export function toApiError(error: unknown): { status: ContentfulStatusCode; body: { error: ApiError } } {
  const e = toBenchloopError(error);
  return {
    status: STATUS[e.code] ?? (e.code.startsWith("CONFIG_") ? 400 : 500),
    body: { error: { code: e.code, message: e.message, ...(e.hint ? { hint: e.hint } : {}) } },
  };
}

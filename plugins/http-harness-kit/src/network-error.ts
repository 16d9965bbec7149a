// Reads the system error code (ECONNREFUSED, ECONNRESET, UND_ERR_SOCKET …) that Node's fetch hangs
// on the `cause` chain of the error it throws, so failures are classified by code, never by text.

/** Codes meaning nothing listens at the address (or the name does not resolve). */
export const REFUSED_CODES = new Set([
  "ECONNREFUSED",
  "ENOTFOUND",
  "EAI_AGAIN",
  "EHOSTUNREACH",
  "ENETUNREACH",
]);

/** Codes meaning the connection broke while in use. */
export const RESET_CODES = new Set([
  "ECONNRESET",
  "EPIPE",
  "UND_ERR_SOCKET",
  "UND_ERR_CLOSED",
  "ECONNABORTED",
]);

/** Codes meaning a socket-level deadline passed. */
export const TIMEOUT_CODES = new Set([
  "ETIMEDOUT",
  "UND_ERR_CONNECT_TIMEOUT",
  "UND_ERR_HEADERS_TIMEOUT",
  "UND_ERR_BODY_TIMEOUT",
]);

/** The first error `code` found on the error, its `cause` chain, or an AggregateError's members. */
export function findErrorCode(error: unknown, depth = 0): string | undefined {
  if (depth > 8 || typeof error !== "object" || error === null) return undefined;
  const { code, cause, errors } = error as { code?: unknown; cause?: unknown; errors?: unknown };
  if (typeof code === "string") return code;
  const fromCause = findErrorCode(cause, depth + 1);
  if (fromCause) return fromCause;
  if (Array.isArray(errors)) {
    for (const member of errors) {
      const fromMember = findErrorCode(member, depth + 1);
      if (fromMember) return fromMember;
    }
  }
  return undefined;
}

// Credentials written into URLs (`http://user:key@host/v1`, `?key=…`, `?token=…`) are redacted from
// everything benchloop writes or prints, and from item hashes (the same server with another key is the
// same item). A resumed run gets them back from the current config.

const USERINFO = /\b([a-z][a-z0-9+.-]*:\/\/)[^\s/?#@"'<>]+@/gi;
const SECRET_QUERY =
  /([?&](?:key|api[-_]?key|apikey|token|access[-_]?token|auth|password|passwd|pass|secret|signature|sig)=)[^&#\s"'<>]+/gi;
const MAY_HOLD = /:\/\/|[?&]/;

/** The text with every URL's user:password and secret query values replaced by `***`. */
export function redactUrlCredentials(text: string): string {
  if (!MAY_HOLD.test(text)) return text;
  return text.replace(USERINFO, "$1***@").replace(SECRET_QUERY, "$1***");
}

/** A copy of a JSON value with {@link redactUrlCredentials} applied to every string in it. */
export function redactUrlCredentialsIn<T>(value: T): T {
  return redactValue(value) as T;
}

function redactValue(value: unknown): unknown {
  if (typeof value === "string") return redactUrlCredentials(value);
  if (Array.isArray(value)) return value.map(redactValue);
  if (value !== null && typeof value === "object") {
    const out: Record<string, unknown> = {};
    for (const [key, inner] of Object.entries(value)) out[key] = redactValue(inner);
    return out;
  }
  return value;
}

/**
 * A recorded (redacted) JSON value with each redacted string put back from `current` where the string
 * at the same path there redacts to it; other values stay as recorded.
 */
export function restoreUrlCredentials<T>(recorded: T, current: unknown): T {
  return restoreValue(recorded, current) as T;
}

function restoreValue(recorded: unknown, current: unknown): unknown {
  if (typeof recorded === "string") {
    return typeof current === "string" && current !== recorded && redactUrlCredentials(current) === recorded
      ? current
      : recorded;
  }
  if (Array.isArray(recorded)) {
    return recorded.map((inner, index) =>
      restoreValue(inner, Array.isArray(current) ? current[index] : undefined),
    );
  }
  if (recorded !== null && typeof recorded === "object") {
    const from = current !== null && typeof current === "object" ? (current as Record<string, unknown>) : {};
    const out: Record<string, unknown> = {};
    for (const [key, inner] of Object.entries(recorded)) out[key] = restoreValue(inner, from[key]);
    return out;
  }
  return recorded;
}

// Secrets read through core are remembered and replaced with "***" in everything core prints.
import type { Logger, Secrets } from "./services.js";
import { redactUrlCredentials } from "./url-credentials.js";

/** Holds secret values and redacts them from text. */
export interface Redactor {
  add(value: string): void;
  redact(text: string): string;
}

/** Creates a redactor; values shorter than 4 characters are not tracked (they would match too much). */
export function createRedactor(): Redactor {
  const values = new Set<string>();
  return {
    add(value) {
      if (value.length >= 4) values.add(value);
    },
    redact(text) {
      let out = text;
      for (const value of values) out = out.split(value).join("***");
      return out;
    },
  };
}

/** Secrets from an environment object; each value read is added to the redactor. */
export function createSecrets(
  env: Readonly<Record<string, string | undefined>>,
  redactor: Redactor,
): Secrets {
  return {
    get(name) {
      const value = env[name];
      if (value) redactor.add(value);
      return value;
    },
  };
}

/** A logger writing `level message {fields}` lines to a stream, with secrets and URL credentials redacted. */
export function createStreamLogger(
  write: (line: string) => void,
  redactor: Redactor,
  minLevel: "debug" | "info" | "warn" | "error" = "info",
): Logger {
  const order = { debug: 0, info: 1, warn: 2, error: 3 };
  const log = (level: keyof typeof order) => (message: string, fields?: Record<string, unknown>) => {
    if (order[level] < order[minLevel]) return;
    const suffix = fields && Object.keys(fields).length > 0 ? ` ${JSON.stringify(fields)}` : "";
    write(redactUrlCredentials(redactor.redact(`${level} ${message}${suffix}\n`)));
  };
  return { debug: log("debug"), info: log("info"), warn: log("warn"), error: log("error") };
}

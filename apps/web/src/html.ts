// A tagged template for server-rendered HTML: every interpolated value is escaped unless it is markup
// made by this same template (or `raw`), so data from runs (model names, answers) never becomes markup.
import { escapeHtml } from "@benchloop/core";

/** Markup that is already safe to insert. */
export class Html {
  /** @param text the markup */
  constructor(readonly text: string) {}
  toString(): string {
    return this.text;
  }
}

function part(value: unknown): string {
  if (value instanceof Html) return value.text;
  if (Array.isArray(value)) return value.map(part).join("");
  if (value === undefined || value === null || value === false) return "";
  return escapeHtml(String(value));
}

/** Builds markup; interpolated strings and numbers are escaped, `Html` values and arrays of them are not. */
export function html(strings: TemplateStringsArray, ...values: unknown[]): Html {
  let out = strings[0]!;
  for (let i = 0; i < values.length; i++) out += part(values[i]) + strings[i + 1]!;
  return new Html(out);
}

/** Trusted markup (a report rendered by an exporter, a stylesheet). */
export function raw(text: string): Html {
  return new Html(text);
}

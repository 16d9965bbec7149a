// Escaping for the report: every string that reaches the HTML (model names, answers, messages) goes
// through these. Item data is embedded as JSON in a non-executed script element, with `<`, `>`, `&` and
// the JavaScript line separators escaped so no text can close the element or start markup.

export { escapeHtml } from "@benchloop/core";

/** JSON safe to place inside `<script type="application/json">`: no `<`, `>`, `&`, U+2028 or U+2029. */
export function toScriptJson(value: unknown): string {
  return JSON.stringify(value)
    .replace(/</g, "\\u003c")
    .replace(/>/g, "\\u003e")
    .replace(/&/g, "\\u0026")
    .replace(/\u2028/g, "\\u2028")
    .replace(/\u2029/g, "\\u2029");
}

// Canonical JSON (sorted keys, no whitespace, undefined dropped) and its sha256: stable hashes of
// plans, items and configs whatever the key order.
import { createHash } from "node:crypto";

/** Serialises a value with object keys sorted recursively. */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== "object") {
    return value === undefined ? "null" : JSON.stringify(value);
  }
  if (Array.isArray(value))
    return `[${value.map((v) => (v === undefined ? "null" : canonicalJson(v))).join(",")}]`;
  const entries = Object.entries(value as Record<string, unknown>)
    .filter(([, v]) => v !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(",")}}`;
}

/** sha256 hex of a string or bytes. */
export function sha256(content: string | Uint8Array): string {
  return createHash("sha256").update(content).digest("hex");
}

/** sha256 hex of the canonical JSON of a value. */
export function hashCanonical(value: unknown): string {
  return sha256(canonicalJson(value));
}

// Decides from the first 8 KB of a file whether it is binary, empty, generated or minified, so a
// large tree is classified without reading whole files.
import type { SkipReason } from "./skip-reason.js";

/** Bytes read from the start of every source file to classify it. */
export const HEAD_BYTES = 8192;

// Markers of generated files, looked for in comment lines among the first lines only, so source that
// merely mentions them (a generator, this module) is not mistaken for generated output.
const GENERATED_MARKERS = [
  /@generated\b/,
  /\bDO NOT EDIT\b/,
  /\bcode generated\b/i,
  /\bauto-?generated\b/i,
  /\bautomatically generated\b/i,
];
const COMMENT_LINE = /^\s*(?:\/\/|\/\*|\*|#|--|;|<!--|""")/;
const HEADER_LINES = 12;

/** Decodes a head as UTF-8, or undefined when it is not valid UTF-8 (a cut last character is fine). */
function decodeHead(head: Uint8Array): string | undefined {
  try {
    // stream: true keeps an incomplete multi-byte sequence at the cut instead of failing on it.
    return new TextDecoder("utf-8", { fatal: true, ignoreBOM: false }).decode(head, { stream: true });
  } catch {
    return undefined;
  }
}

/** True when the head's first lines hold a generated-file marker in a comment. */
function hasGeneratedHeader(text: string): boolean {
  const lines = text.split("\n", HEADER_LINES);
  return lines.some((line) => COMMENT_LINE.test(line) && GENERATED_MARKERS.some((m) => m.test(line)));
}

/** True when the head looks minified: a line over 1,000 characters, or a few very long lines. */
function looksMinified(text: string, wholeFile: boolean): boolean {
  const lines = text.split("\n");
  // The last line of a cut head is incomplete; judge it only when the head is the whole file.
  const judged = wholeFile ? lines : lines.slice(0, -1);
  if (judged.some((line) => line.length > 1000)) return true;
  const chars = judged.reduce((sum, line) => sum + line.length, 0);
  return judged.length > 0 && chars > 2000 && chars / judged.length > 300;
}

/**
 * Classifies a file from its head: the skip reason, or undefined when it is a text source file.
 * `wholeFile` says the head is the entire file.
 */
export function sniffHead(head: Uint8Array, wholeFile: boolean): SkipReason | undefined {
  if (head.includes(0)) return "binary";
  const text = decodeHead(head);
  if (text === undefined) return "binary";
  if (wholeFile && text.trim() === "") return "empty";
  if (hasGeneratedHeader(text)) return "generated";
  if (looksMinified(text, wholeFile)) return "minified";
  return undefined;
}

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

const UTF8 = new TextDecoder("utf-8", { fatal: true });

/** The length of a cut head without an incomplete multi-byte character at its end. */
function completeLength(head: Uint8Array): number {
  for (let back = 1; back <= Math.min(3, head.length); back += 1) {
    const byte = head[head.length - back]!;
    if (byte < 0x80) return head.length; // ASCII: nothing is cut
    if (byte >= 0xc0) {
      // Lead byte: the sequence needs 2, 3 or 4 bytes.
      const needed = byte >= 0xf0 ? 4 : byte >= 0xe0 ? 3 : 2;
      return back >= needed ? head.length : head.length - back;
    }
  }
  return head.length;
}

/** Decodes a head as UTF-8, or undefined when it is not valid UTF-8 (a character cut at the end is fine). */
function decodeHead(head: Uint8Array, wholeFile: boolean): string | undefined {
  try {
    return UTF8.decode(wholeFile ? head : head.subarray(0, completeLength(head)));
  } catch {
    return undefined;
  }
}

/** True when the head's first lines hold a generated-file marker in a comment. */
function hasGeneratedHeader(text: string): boolean {
  let end = -1;
  for (let line = 0; line < HEADER_LINES; line += 1) {
    const next = text.indexOf("\n", end + 1);
    if (next < 0) {
      end = text.length;
      break;
    }
    end = next;
  }
  const header = text.slice(0, end);
  if (!/generated|do not edit/i.test(header)) return false;
  const lines = header.split("\n");
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
  const text = decodeHead(head, wholeFile);
  if (text === undefined) return "binary";
  if (wholeFile && text.trim() === "") return "empty";
  if (hasGeneratedHeader(text)) return "generated";
  if (looksMinified(text, wholeFile)) return "minified";
  return undefined;
}

// A scanner over a JSON object read in chunks that parses the elements of one top-level array one at a
// time, so reading a 100,000-item run.json never holds the file, one 100 MB string, or a raw copy of
// every item at once: only the chunk being read and the element being parsed.
import {
  CLOSE_ARRAY,
  CLOSE_OBJECT,
  COLON,
  COMMA,
  endOfString,
  endOfValue,
  NEED_MORE,
  OPEN_ARRAY,
  OPEN_OBJECT,
  QUOTE,
  skipSpace,
} from "./json-bytes.js";

function syntaxError(at: number, expected: string): SyntaxError {
  return new SyntaxError(`expected ${expected} at byte ${at}`);
}

function parseSlice(buffer: Buffer, start: number, end: number): unknown {
  return JSON.parse(buffer.toString("utf8", start, end));
}

type Phase = "start" | "field" | "next-field" | "element" | "next-element" | "done";

/** Receives each element of the scanned array, with the fields read before it. */
export type ElementHandler = (
  value: unknown,
  index: number,
  fieldsSoFar: Readonly<Record<string, unknown>>,
) => void;

/**
 * Reads one element of the scanned array from the bytes itself, instead of the scanner parsing it:
 * returns the index just past it when it did (and handled it), undefined to leave it to the scanner.
 * May throw NEED_MORE (json-bytes) when the bytes end before the element; it is asked again later.
 */
export type ElementReader = (
  buffer: Buffer,
  at: number,
  index: number,
  fieldsSoFar: Readonly<Record<string, unknown>>,
) => number | undefined;

/**
 * Reads a JSON object from `chunks`: every top-level field is returned, but each element of the
 * top-level array `arrayKey` is parsed and handed to `onElement` (with the fields read so far) instead
 * of being kept — that field comes back as an empty array. A `readElement` may read elements first.
 * @throws SyntaxError when the bytes are not one JSON object
 */
export async function scanJsonObject(
  chunks: AsyncIterable<Buffer> | Iterable<Buffer>,
  arrayKey: string,
  onElement: ElementHandler,
  readElement?: ElementReader,
): Promise<Record<string, unknown>> {
  const fields: Record<string, unknown> = {};
  // One work buffer for the whole read: the unread tail moves to its front and the next chunk follows.
  let work: Buffer = Buffer.alloc(0);
  let buffer: Buffer = work;
  let pos = 0;
  let phase = "start" as Phase;
  let index = 0;

  // One step reads one token or value from `pos`, or throws NEED_MORE having changed nothing.
  const step = (): void => {
    switch (phase) {
      case "start": {
        const bom = buffer[0] === 0xef && buffer[1] === 0xbb && buffer[2] === 0xbf;
        const i = skipSpace(buffer, bom ? 3 : pos);
        if (buffer[i] !== OPEN_OBJECT) throw syntaxError(i, "{");
        const next = skipSpace(buffer, i + 1);
        pos = buffer[next] === CLOSE_OBJECT ? next + 1 : next;
        phase = buffer[next] === CLOSE_OBJECT ? "done" : "field";
        return;
      }
      case "field": {
        const keyStart = skipSpace(buffer, pos);
        if (buffer[keyStart] !== QUOTE) throw syntaxError(keyStart, "a field name");
        const keyEnd = endOfString(buffer, keyStart);
        let i = skipSpace(buffer, keyEnd);
        if (buffer[i] !== COLON) throw syntaxError(i, ":");
        i = skipSpace(buffer, i + 1);
        const key = parseSlice(buffer, keyStart, keyEnd) as string;
        if (key === arrayKey && buffer[i] === OPEN_ARRAY) {
          const next = skipSpace(buffer, i + 1);
          fields[key] = [];
          pos = buffer[next] === CLOSE_ARRAY ? next + 1 : next;
          phase = buffer[next] === CLOSE_ARRAY ? "next-field" : "element";
          return;
        }
        const end = endOfValue(buffer, i);
        fields[key] = parseSlice(buffer, i, end);
        pos = end;
        phase = "next-field";
        return;
      }
      case "next-field": {
        const i = skipSpace(buffer, pos);
        if (buffer[i] === COMMA) phase = "field";
        else if (buffer[i] === CLOSE_OBJECT) phase = "done";
        else throw syntaxError(i, ", or }");
        pos = i + 1;
        return;
      }
      case "element": {
        const i = skipSpace(buffer, pos);
        const read = readElement?.(buffer, i, index, fields);
        if (read !== undefined) {
          pos = read;
          index++;
          phase = "next-element";
          return;
        }
        const end = endOfValue(buffer, i);
        const value = parseSlice(buffer, i, end);
        pos = end;
        phase = "next-element";
        onElement(value, index++, fields);
        return;
      }
      case "next-element": {
        const i = skipSpace(buffer, pos);
        if (buffer[i] === COMMA) phase = "element";
        else if (buffer[i] === CLOSE_ARRAY) phase = "next-field";
        else throw syntaxError(i, ", or ]");
        pos = i + 1;
        return;
      }
      case "done": {
        const i = skipSpace(buffer, pos);
        throw syntaxError(i, "the end of the document");
      }
    }
  };

  const run = (): void => {
    for (;;) {
      try {
        step();
      } catch (error) {
        if (error === NEED_MORE) return;
        throw error;
      }
    }
  };

  for await (const chunk of chunks) {
    const rest = buffer.length - pos;
    if (rest === 0) buffer = chunk;
    else {
      if (work.length < rest + chunk.length) {
        const grown = Buffer.allocUnsafe(Math.max(rest + chunk.length, 2 * work.length));
        buffer.copy(grown, 0, pos);
        work = grown;
      } else buffer.copy(work, 0, pos);
      chunk.copy(work, rest);
      buffer = work.subarray(0, rest + chunk.length);
    }
    pos = 0;
    run();
  }
  if (phase !== "done")
    throw syntaxError(buffer.length, phase === "start" ? "{" : "the rest of the document");
  return fields;
}

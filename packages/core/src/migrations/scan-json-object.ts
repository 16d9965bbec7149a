// A scanner over a JSON object read in chunks that parses the elements of one top-level array one at a
// time, so reading a 100,000-item run.json never holds the file, one 100 MB string, or a raw copy of
// every item at once: only the chunk being read and the element being parsed.

const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const COLON = 0x3a;
const COMMA = 0x2c;
const OPEN_OBJECT = 0x7b;
const CLOSE_OBJECT = 0x7d;
const OPEN_ARRAY = 0x5b;
const CLOSE_ARRAY = 0x5d;

/** Thrown inside a step when the bytes read so far end before the step could finish. */
const NEED_MORE = Symbol("need more bytes");

function isSpace(byte: number | undefined): boolean {
  return byte === 0x20 || byte === 0x0a || byte === 0x0d || byte === 0x09;
}

function syntaxError(at: number, expected: string): SyntaxError {
  return new SyntaxError(`expected ${expected} at byte ${at}`);
}

/** Index of the first non-space byte from `at`; NEED_MORE when the bytes end first. */
function skipSpace(buffer: Buffer, at: number): number {
  let i = at;
  while (isSpace(buffer[i])) i++;
  if (i >= buffer.length) throw NEED_MORE;
  return i;
}

/** Index just past the string starting at `at` (an opening quote). */
function endOfString(buffer: Buffer, at: number): number {
  for (let i = at + 1; i < buffer.length; i++) {
    const byte = buffer[i];
    if (byte === BACKSLASH) i++;
    else if (byte === QUOTE) return i + 1;
  }
  throw NEED_MORE;
}

/** Index just past the JSON value starting at `at`. Only finds its end; JSON.parse checks it. */
function endOfValue(buffer: Buffer, at: number): number {
  const first = buffer[at];
  if (first === QUOTE) return endOfString(buffer, at);
  if (first === OPEN_OBJECT || first === OPEN_ARRAY) {
    let depth = 0;
    for (let i = at; i < buffer.length; i++) {
      const byte = buffer[i];
      if (byte === QUOTE) i = endOfString(buffer, i) - 1;
      else if (byte === OPEN_OBJECT || byte === OPEN_ARRAY) depth++;
      else if (byte === CLOSE_OBJECT || byte === CLOSE_ARRAY) {
        depth--;
        if (depth === 0) return i + 1;
      }
    }
    throw NEED_MORE;
  }
  let i = at;
  while (
    i < buffer.length &&
    buffer[i] !== COMMA &&
    buffer[i] !== CLOSE_OBJECT &&
    buffer[i] !== CLOSE_ARRAY &&
    !isSpace(buffer[i])
  )
    i++;
  // A number may go on in the next chunk; a value always ends before the object does.
  if (i >= buffer.length) throw NEED_MORE;
  if (i === at) throw syntaxError(at, "a value");
  return i;
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
 * Reads a JSON object from `chunks`: every top-level field is returned, but each element of the
 * top-level array `arrayKey` is parsed and handed to `onElement` (with the fields read so far) instead
 * of being kept — that field comes back as an empty array.
 * @throws SyntaxError when the bytes are not one JSON object
 */
export async function scanJsonObject(
  chunks: AsyncIterable<Buffer> | Iterable<Buffer>,
  arrayKey: string,
  onElement: ElementHandler,
): Promise<Record<string, unknown>> {
  const fields: Record<string, unknown> = {};
  let buffer: Buffer = Buffer.alloc(0);
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
    buffer = pos < buffer.length ? Buffer.concat([buffer.subarray(pos), chunk]) : chunk;
    pos = 0;
    run();
  }
  if (phase !== "done")
    throw syntaxError(buffer.length, phase === "start" ? "{" : "the rest of the document");
  return fields;
}

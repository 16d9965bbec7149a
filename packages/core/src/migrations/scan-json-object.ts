// A scanner over a JSON object held in a Buffer that parses the elements of one top-level array one at
// a time, so reading a 100,000-item run.json never builds one 100 MB string or one whole raw document.

const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const COLON = 0x3a;
const COMMA = 0x2c;
const OPEN_OBJECT = 0x7b;
const CLOSE_OBJECT = 0x7d;
const OPEN_ARRAY = 0x5b;
const CLOSE_ARRAY = 0x5d;

function isSpace(byte: number | undefined): boolean {
  return byte === 0x20 || byte === 0x0a || byte === 0x0d || byte === 0x09;
}

function syntaxError(at: number, expected: string): SyntaxError {
  return new SyntaxError(`expected ${expected} at byte ${at}`);
}

function skipSpace(buffer: Buffer, at: number): number {
  let i = at;
  while (isSpace(buffer[i])) i++;
  return i;
}

/** Index just past the string starting at `at` (an opening quote). */
function endOfString(buffer: Buffer, at: number): number {
  for (let i = at + 1; i < buffer.length; i++) {
    const byte = buffer[i];
    if (byte === BACKSLASH) i++;
    else if (byte === QUOTE) return i + 1;
  }
  throw syntaxError(buffer.length, "the end of a string");
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
    throw syntaxError(buffer.length, "the end of an object or array");
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
  if (i === at) throw syntaxError(at, "a value");
  return i;
}

function parseSlice(buffer: Buffer, start: number, end: number): unknown {
  return JSON.parse(buffer.toString("utf8", start, end));
}

/**
 * Reads a JSON object from `buffer`: every top-level field is returned, but each element of the
 * top-level array `arrayKey` is parsed and handed to `onElement` (with the fields read so far) instead
 * of being kept — that field comes back as an empty array.
 * @throws SyntaxError when the buffer is not a JSON object
 */
export function scanJsonObject(
  buffer: Buffer,
  arrayKey: string,
  onElement: (value: unknown, index: number, fieldsSoFar: Readonly<Record<string, unknown>>) => void,
): Record<string, unknown> {
  const fields: Record<string, unknown> = {};
  let i = skipSpace(buffer, buffer[0] === 0xef && buffer[1] === 0xbb && buffer[2] === 0xbf ? 3 : 0);
  if (buffer[i] !== OPEN_OBJECT) throw syntaxError(i, "{");
  i = skipSpace(buffer, i + 1);
  if (buffer[i] === CLOSE_OBJECT) return fields;
  for (;;) {
    if (buffer[i] !== QUOTE) throw syntaxError(i, "a field name");
    const keyEnd = endOfString(buffer, i);
    const key = parseSlice(buffer, i, keyEnd) as string;
    i = skipSpace(buffer, keyEnd);
    if (buffer[i] !== COLON) throw syntaxError(i, ":");
    i = skipSpace(buffer, i + 1);
    if (key === arrayKey && buffer[i] === OPEN_ARRAY) {
      // The field is present; its elements went to onElement.
      fields[key] = [];
      i = skipSpace(buffer, i + 1);
      let index = 0;
      while (buffer[i] !== CLOSE_ARRAY) {
        const end = endOfValue(buffer, i);
        onElement(parseSlice(buffer, i, end), index++, fields);
        i = skipSpace(buffer, end);
        if (buffer[i] === COMMA) i = skipSpace(buffer, i + 1);
        else if (buffer[i] !== CLOSE_ARRAY) throw syntaxError(i, ", or ]");
      }
      i++;
    } else {
      const end = endOfValue(buffer, i);
      fields[key] = parseSlice(buffer, i, end);
      i = end;
    }
    i = skipSpace(buffer, i);
    if (buffer[i] === COMMA) {
      i = skipSpace(buffer, i + 1);
      continue;
    }
    if (buffer[i] !== CLOSE_OBJECT) throw syntaxError(i, ", or }");
    if (skipSpace(buffer, i + 1) !== buffer.length) throw syntaxError(i + 1, "the end of the document");
    return fields;
  }
}

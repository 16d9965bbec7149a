// Byte-level helpers shared by the run.json scanner and the schema reader: finding where a JSON value
// ends in a buffer that may hold only part of it, without parsing it.

export const QUOTE = 0x22;
export const BACKSLASH = 0x5c;
export const COLON = 0x3a;
export const COMMA = 0x2c;
export const OPEN_OBJECT = 0x7b;
export const CLOSE_OBJECT = 0x7d;
export const OPEN_ARRAY = 0x5b;
export const CLOSE_ARRAY = 0x5d;

/** Thrown inside a step when the bytes read so far end before the step could finish. */
export const NEED_MORE = Symbol("need more bytes");

/** True for the four whitespace bytes JSON allows between tokens. */
export function isSpace(byte: number | undefined): boolean {
  return byte === 0x20 || byte === 0x0a || byte === 0x0d || byte === 0x09;
}

/** Index of the first non-space byte from `at`; NEED_MORE when the bytes end first. */
export function skipSpace(buffer: Buffer, at: number): number {
  let i = at;
  while (isSpace(buffer[i])) i++;
  if (i >= buffer.length) throw NEED_MORE;
  return i;
}

/** Index just past the string starting at `at` (an opening quote); NEED_MORE when it goes on. */
export function endOfString(buffer: Buffer, at: number): number {
  let i = at + 1;
  for (;;) {
    // indexOf finds the next quote natively; the backslashes before it say whether it is escaped.
    const quote = buffer.indexOf(QUOTE, i);
    if (quote < 0) throw NEED_MORE;
    let backslashes = 0;
    while (buffer[quote - 1 - backslashes] === BACKSLASH && quote - 1 - backslashes > at) backslashes++;
    if (backslashes % 2 === 0) return quote + 1;
    i = quote + 1;
  }
}

/** Index just past the JSON value starting at `at`; NEED_MORE when it goes on. Only finds its end. */
export function endOfValue(buffer: Buffer, at: number): number {
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
  if (i === at) throw new SyntaxError(`expected a value at byte ${at}`);
  return i;
}

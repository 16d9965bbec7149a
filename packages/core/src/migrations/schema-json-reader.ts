// A fast path for reading many JSON values of one zod schema (the items of a run.json): parses bytes
// straight into the value zod would return, validating as it goes. It only ever accepts: on anything
// it does not handle exactly (an invalid value, an unknown or repeated key, an escaped key, a check it
// does not know) it gives up, and the caller parses that value with JSON.parse and zod instead, which
// also explains any failure. Parts of the schema it does not compile are validated by zod itself.
import { z } from "zod";
import {
  BACKSLASH,
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
} from "./json-bytes.js";

/** Returned by {@link SchemaJsonReader.read} when the value must take the slow path (JSON.parse + zod). */
export const SLOW_PATH = Symbol("slow path");

/** Reads JSON values of one schema from bytes. @internal */
export interface SchemaJsonReader {
  /**
   * Parses and validates the JSON value starting at `at` (after optional whitespace) and returns what
   * `schema.safeParse(JSON.parse(text)).data` returns, setting `end` just past the value; returns
   * SLOW_PATH when it cannot tell exactly (the value may be invalid).
   * @throws NEED_MORE (from json-bytes) when the bytes end before the value does
   */
  read(buffer: Buffer, at: number): unknown;
  /** Index just past the value of the last successful `read`. */
  end: number;
}

/** Where a read is in its buffer; shared by every node of one compiled reader. */
interface Cursor {
  buffer: Buffer;
  pos: number;
}

type Read = () => unknown;

/** Thrown inside a read to give up on the fast path. */
const MISS = Symbol("fast path miss");

const DIGIT_0 = 0x30;
const DIGIT_9 = 0x39;
const MINUS = 0x2d;
const PLUS = 0x2b;
const DOT = 0x2e;
const END = -1;
/** Digits a double holds exactly: a decimal of at most this many digits is m / 10^k, correctly rounded. */
const EXACT_DIGITS = 15;
const POWERS_OF_TEN = Array.from({ length: 23 }, (_, k) => 10 ** k);

/** Strings up to this length are looked up among the field's earlier values before being decoded. */
const INTERN_MAX_LENGTH = 64;
/** Slots of a field's table of earlier values (a power of two; a value goes in the slot of its hash). */
const INTERN_SLOTS = 1024;
/** A field is judged every so many lookups, and stops looking when it hits less than a quarter of them. */
const INTERN_WINDOW = 1024;

/** Objects with more fields than a bit mask holds are left to zod. */
const MAX_FIELDS = 30;
/** Distinct key sets (which optional keys are present) of one object schema given their own builder. */
const MAX_KEY_SETS = 256;

// zod's definitions are read through this minimal view: the reader compiles only what it recognises
// (type, checks, wrappers) and hands any other schema to zod.
interface ZodView {
  _zod: {
    def: {
      type: string;
      coerce?: boolean;
      checks?: readonly { _zod: { def: Record<string, unknown> } }[];
      shape?: Record<string, ZodView>;
      catchall?: ZodView;
      element?: ZodView;
      innerType?: ZodView;
      entries?: Record<string, unknown>;
      defaultValue?: unknown;
    };
    optin?: string;
  };
  safeParse(value: unknown): { success: boolean; data?: unknown };
}

// Buffer's own latin1 decoder without toString's encoding lookup (not declared in @types/node).
const latin1 = (buffer: Buffer, start: number, end: number): string =>
  (buffer as unknown as { latin1Slice(start: number, end: number): string }).latin1Slice(start, end);

/** Moves the cursor to the next non-space byte and returns it. @throws NEED_MORE at the end */
function skipSpace(c: Cursor): number {
  const buffer = c.buffer;
  const length = buffer.length;
  // Reads stay within the buffer (V8 then keeps bytes as small integers).
  for (let i = c.pos; i < length; i++) {
    const byte = buffer[i]!;
    if (byte !== 0x20 && byte !== 0x0a && byte !== 0x0d && byte !== 0x09) {
      c.pos = i;
      return byte;
    }
  }
  throw NEED_MORE;
}

/** Any JSON value, by JSON.parse of its bytes (so exactly as the slow path reads it). */
function readJsonText(c: Cursor): unknown {
  skipSpace(c);
  const end = endOfValue(c.buffer, c.pos);
  let value: unknown;
  try {
    value = JSON.parse(c.buffer.toString("utf8", c.pos, end));
  } catch {
    throw MISS;
  }
  c.pos = end;
  return value;
}

/**
 * A string reader with its own small table of earlier values: most fields of a run repeat (model,
 * harness, test, status, scorer, check names), and a repeated value is then shared rather than decoded
 * again. A field whose values rarely repeat (keys, hashes, times) stops looking after a while.
 */
function createStringReader(c: Cursor): () => string {
  let table: (string | undefined)[] | undefined = new Array<string | undefined>(INTERN_SLOTS).fill(undefined);
  let lookups = 0;
  let hits = 0;
  return () => {
    if (skipSpace(c) !== QUOTE) throw MISS;
    const buffer = c.buffer;
    const start = c.pos + 1;
    const size = buffer.length;
    let i = start;
    for (;;) {
      if (i >= size) throw NEED_MORE;
      const byte = buffer[i]!;
      if (byte === QUOTE) break;
      if (byte === BACKSLASH || byte < 0x20 || byte >= 0x80) {
        // Escapes, other scripts, control bytes: JSON.parse decides, exactly as on the slow path.
        const end = endOfString(buffer, c.pos);
        let text: unknown;
        try {
          text = JSON.parse(buffer.toString("utf8", c.pos, end));
        } catch {
          throw MISS;
        }
        c.pos = end;
        return text as string;
      }
      i++;
    }
    c.pos = i + 1;
    const length = i - start;
    if (table === undefined || length > INTERN_MAX_LENGTH) return latin1(buffer, start, i);
    if (++lookups === INTERN_WINDOW) {
      if (hits * 4 < lookups) table = undefined;
      lookups = 0;
      hits = 0;
      if (table === undefined) return latin1(buffer, start, i);
    }
    let hash = 0x811c9dc5;
    for (let j = start; j < i; j++) hash = Math.imul(hash ^ buffer[j]!, 0x01000193);
    const slot = (hash ^ (hash >>> 16)) & (INTERN_SLOTS - 1);
    const known = table[slot];
    if (known !== undefined && known.length === length) {
      let same = true;
      for (let j = 0; j < length; j++) {
        if (known.charCodeAt(j) !== buffer[start + j]!) {
          same = false;
          break;
        }
      }
      if (same) {
        hits++;
        return known;
      }
    }
    const text = latin1(buffer, start, i);
    table[slot] = text;
    return text;
  };
}

/** A JSON number, converted exactly as JSON.parse converts it. */
function readNumber(c: Cursor): number {
  skipSpace(c);
  const buffer = c.buffer;
  const size = buffer.length;
  const start = c.pos;
  let i = start;
  // END stands for the end of the bytes, so every read below stays within the buffer.
  let byte = buffer[i]!;
  const negative = byte === MINUS;
  if (negative) byte = ++i < size ? buffer[i]! : END;
  let mantissa = 0;
  let digits = 0;
  if (byte === DIGIT_0) {
    byte = ++i < size ? buffer[i]! : END;
    digits = 1;
  } else if (byte > DIGIT_0 && byte <= DIGIT_9) {
    while (byte >= DIGIT_0 && byte <= DIGIT_9) {
      mantissa = mantissa * 10 + (byte - DIGIT_0);
      digits++;
      byte = ++i < size ? buffer[i]! : END;
    }
  } else if (byte === END) throw NEED_MORE;
  else throw MISS;
  let fraction = 0;
  if (byte === DOT) {
    byte = ++i < size ? buffer[i]! : END;
    if (byte === END) throw NEED_MORE;
    if (byte < DIGIT_0 || byte > DIGIT_9) throw MISS;
    while (byte >= DIGIT_0 && byte <= DIGIT_9) {
      mantissa = mantissa * 10 + (byte - DIGIT_0);
      fraction++;
      byte = ++i < size ? buffer[i]! : END;
    }
  }
  let exponent = false;
  if (byte === 0x65 || byte === 0x45) {
    exponent = true;
    byte = ++i < size ? buffer[i]! : END;
    if (byte === PLUS || byte === MINUS) byte = ++i < size ? buffer[i]! : END;
    if (byte === END) throw NEED_MORE;
    if (byte < DIGIT_0 || byte > DIGIT_9) throw MISS;
    while (byte >= DIGIT_0 && byte <= DIGIT_9) byte = ++i < size ? buffer[i]! : END;
  }
  // A number may go on in the next chunk.
  if (byte === END) throw NEED_MORE;
  c.pos = i;
  // With at most 15 digits the mantissa and 10^k are exact doubles, so one division is correctly
  // rounded: the same double JSON.parse returns. Anything longer takes JSON.parse's own conversion.
  if (exponent || digits + fraction > EXACT_DIGITS) return Number(latin1(buffer, start, i));
  const value = fraction === 0 ? mantissa : mantissa / POWERS_OF_TEN[fraction]!;
  return negative ? -value : value;
}

function readBoolean(c: Cursor): boolean {
  const byte = skipSpace(c);
  const buffer = c.buffer;
  const at = c.pos;
  if (at + (byte === 0x74 ? 4 : 5) > buffer.length) throw NEED_MORE;
  if (byte === 0x74 && buffer[at + 1]! === 0x72 && buffer[at + 2]! === 0x75 && buffer[at + 3]! === 0x65) {
    c.pos = at + 4;
    return true;
  }
  if (
    byte === 0x66 &&
    buffer[at + 1] === 0x61 &&
    buffer[at + 2] === 0x6c &&
    buffer[at + 3] === 0x73 &&
    buffer[at + 4] === 0x65
  ) {
    c.pos = at + 5;
    return false;
  }
  throw MISS;
}

/** Any JSON value: strings, numbers and booleans directly, everything else by JSON.parse. */
function createAnyReader(c: Cursor): Read {
  const readString = createStringReader(c);
  return () => {
    const byte = skipSpace(c);
    if (byte === QUOTE) return readString();
    if (byte === MINUS || (byte >= DIGIT_0 && byte <= DIGIT_9)) return readNumber(c);
    if (byte === 0x74 || byte === 0x66) return readBoolean(c);
    return readJsonText(c);
  };
}

function compileNumber(
  c: Cursor,
  checks: readonly { _zod: { def: Record<string, unknown> } }[],
): Read | undefined {
  const tests: ((value: number) => boolean)[] = [];
  for (const check of checks) {
    const d = check._zod.def;
    if (d.when !== undefined) return undefined;
    if (d.check === "greater_than" && typeof d.value === "number") {
      const bound = d.value;
      tests.push(d.inclusive ? (v) => v >= bound : (v) => v > bound);
    } else if (d.check === "less_than" && typeof d.value === "number") {
      const bound = d.value;
      tests.push(d.inclusive ? (v) => v <= bound : (v) => v < bound);
    } else if (d.check === "number_format" && d.format === "safeint") {
      tests.push(Number.isSafeInteger);
    } else return undefined;
  }
  return () => {
    const value = readNumber(c);
    // zod refuses Infinity (JSON.parse gives it for 1e999).
    if (!Number.isFinite(value)) throw MISS;
    for (const test of tests) if (!test(value)) throw MISS;
    return value;
  };
}

function compileReader(schema: ZodView, c: Cursor, visiting: Set<ZodView>): Read {
  // Any schema this reader does not compile: parse the value and let zod validate that part.
  const readWithZod: Read = () => {
    const parsed = schema.safeParse(readJsonText(c));
    if (!parsed.success) throw MISS;
    return parsed.data;
  };
  const def = schema._zod.def;
  const plain = (def.checks ?? []).length === 0 && !def.coerce;
  if (!plain && def.type !== "number") return readWithZod;
  switch (def.type) {
    case "string":
      return createStringReader(c);
    case "boolean":
      return () => readBoolean(c);
    case "unknown":
      return createAnyReader(c);
    case "number":
      return def.coerce ? readWithZod : (compileNumber(c, def.checks ?? []) ?? readWithZod);
    case "enum": {
      // The schema's own strings are returned, so a run's many equal values share one string.
      const values = new Map<unknown, string>();
      for (const value of Object.values(def.entries ?? {})) {
        if (typeof value !== "string") return readWithZod;
        values.set(value, value);
      }
      const readString = createStringReader(c);
      return () => {
        const value = values.get(readString());
        if (value === undefined) throw MISS;
        return value;
      };
    }
    case "optional":
    case "default":
      // A present value is read by the inner schema (JSON has no undefined); absence is the object's job.
      return def.innerType ? compileChild(def.innerType, c, visiting, readWithZod) : readWithZod;
    case "array": {
      if (!def.element) return readWithZod;
      const readElement = compileChild(def.element, c, visiting, readWithZod);
      return () => {
        if (skipSpace(c) !== OPEN_ARRAY) throw MISS;
        c.pos++;
        const values: unknown[] = [];
        if (skipSpace(c) === CLOSE_ARRAY) {
          c.pos++;
          return values;
        }
        for (;;) {
          values.push(readElement());
          const byte = skipSpace(c);
          c.pos++;
          if (byte === CLOSE_ARRAY) return values;
          if (byte !== COMMA) throw MISS;
        }
      };
    }
    case "object":
      return compileObject(schema, c, visiting) ?? readWithZod;
    default:
      return readWithZod;
  }
}

function compileChild(schema: ZodView, c: Cursor, visiting: Set<ZodView>, fallback: Read): Read {
  // A schema that contains itself is left to zod.
  if (visiting.has(schema)) return fallback;
  visiting.add(schema);
  try {
    return compileReader(schema, c, visiting);
  } finally {
    visiting.delete(schema);
  }
}

interface Field {
  name: string;
  bytes: Uint8Array;
  /** `"name":` as written without spaces, compared in one go. */
  pattern: Uint8Array;
  read: Read;
  /** What an absent key gives: nothing (optional), the schema's default, or the slow path. */
  absent: "omit" | "default" | "miss";
  schema: ZodView;
}

let codeGeneration: boolean | undefined;

/** Whether this process may generate code: not when zod is told to be jitless, or Node forbids it. */
function canGenerateCode(): boolean {
  if (z.config().jitless === true) return false;
  if (codeGeneration === undefined) {
    try {
      codeGeneration = typeof new Function("return 1") === "function";
    } catch {
      codeGeneration = false;
    }
  }
  return codeGeneration;
}

/** Strict objects only: keys are matched as bytes, and an unknown key is a miss. */
function compileObject(schema: ZodView, c: Cursor, visiting: Set<ZodView>): Read | undefined {
  // Without generated code, objects are left to zod (which then reads the value as a whole).
  if (!canGenerateCode()) return undefined;
  const def = schema._zod.def;
  if (def.catchall?._zod.def.type !== "never" || !def.shape) return undefined;
  // Key sets are bit masks.
  if (Object.keys(def.shape).length > MAX_FIELDS) return undefined;
  const fields: Field[] = [];
  for (const [name, child] of Object.entries(def.shape)) {
    if (name === "__proto__" || !/^[\x20-\x7e]*$/.test(name) || name.includes("\\") || name.includes('"'))
      return undefined;
    const childDef = child._zod.def;
    let absent: Field["absent"] = "miss";
    // As zod: an absent optional key stays absent, an absent defaulted key gets the default.
    if (childDef.type === "optional" && childDef.innerType?._zod.optin !== "defaulted") absent = "omit";
    else if (childDef.type === "default") absent = "default";
    const miss = () => {
      throw MISS;
    };
    fields.push({
      name,
      bytes: Buffer.from(name, "latin1"),
      pattern: Buffer.from(`"${name}":`, "latin1"),
      read: compileChild(child, c, visiting, miss),
      absent,
      schema: child,
    });
  }
  const count = fields.length;
  // Writers keep one key order: the k-th key is compared first with the field that came k-th last time.
  const expected = Int32Array.from(fields, (_, i) => i);

  const matchesAt = (bytes: Uint8Array, start: number): boolean => {
    const buffer = c.buffer;
    const length = bytes.length;
    if (start + length >= buffer.length) return false;
    for (let j = 0; j < length; j++) if (buffer[start + j]! !== bytes[j]!) return false;
    return buffer[start + length]! === QUOTE;
  };

  /**
   * Reads the key at `c.pos` (its opening quote) and the colon after it, and returns its field's
   * index. The field that came k-th last time is tried first, with its colon, as one byte pattern.
   */
  const readKey = (k: number): number => {
    const buffer = c.buffer;
    const guess = k < count ? expected[k]! : 0;
    const pattern = fields[guess]!.pattern;
    const at = c.pos;
    const length = pattern.length;
    if (at + length <= buffer.length) {
      let j = 0;
      while (j < length && buffer[at + j]! === pattern[j]!) j++;
      if (j === length) {
        c.pos = at + length;
        return guess;
      }
    }
    const start = at + 1;
    const size = buffer.length;
    let end = start;
    for (;;) {
      if (end >= size) throw NEED_MORE;
      const b = buffer[end]!;
      if (b === QUOTE) break;
      // Escaped or non-ASCII keys never name a field here: leave them to JSON.parse and zod.
      if (b === BACKSLASH || b >= 0x80) throw MISS;
      end++;
    }
    for (let f = 0; f < count; f++) {
      if (fields[f]!.bytes.length === end - start && matchesAt(fields[f]!.bytes, start)) {
        if (k < count) expected[k] = f;
        c.pos = end + 1;
        if (skipSpace(c) !== COLON) throw MISS;
        c.pos++;
        return f;
      }
    }
    // Unknown keys fail a strict object.
    throw MISS;
  };

  const open = (): boolean => {
    if (skipSpace(c) !== OPEN_OBJECT) throw MISS;
    c.pos++;
    const byte = skipSpace(c);
    if (byte === CLOSE_OBJECT) {
      c.pos++;
      return true;
    }
    if (byte !== QUOTE) throw MISS;
    return false;
  };
  /** After a value: true at `}`, false at `,` followed by the next key's quote. */
  const close = (): boolean => {
    const byte = skipSpace(c);
    c.pos++;
    if (byte === CLOSE_OBJECT) return true;
    if (byte !== COMMA || skipSpace(c) !== QUOTE) throw MISS;
    return false;
  };

  // Generated like zod's own JIT: one local per field, and the output built by an object literal with
  // the keys present, in the schema's order (as zod builds it), so V8 gives every output object its
  // final shape at once. Only the schema's key names (JSON-quoted) enter the generated source.
  const locals = fields.map((_, f) => `v${f}`).join(", ");
  const schemas = fields.map((field) => field.schema);
  let required = 0;
  fields.forEach((field, f) => {
    if (field.absent === "miss") required |= 1 << f;
  });
  const builders = new Map<number, (...values: unknown[]) => unknown>();
  const builderFor = (mask: number): ((...values: unknown[]) => unknown) => {
    let build = builders.get(mask);
    if (build) return build;
    // So many key sets are not a run's items; the slow path reads them.
    if (builders.size >= MAX_KEY_SETS) throw MISS;
    const entries: string[] = [];
    fields.forEach((field, f) => {
      const name = JSON.stringify(field.name);
      if (mask & (1 << f)) entries.push(`${name}: v${f}`);
      else if (field.absent === "default") entries.push(`${name}: schemas[${f}]._zod.def.defaultValue`);
    });
    build = new Function(
      "schemas",
      `return function build(${locals}) {\n  return { ${entries.join(", ")} };\n};`,
    )(schemas) as (...values: unknown[]) => unknown;
    builders.set(mask, build);
    return build;
  };
  const lines = [
    `let ${locals}, mask = 0;`,
    "if (!open()) {",
    "  for (let k = 0; ; k++) {",
    "    const index = readKey(k);",
    "    const bit = 1 << index;",
    // A repeated key: JSON.parse keeps the last one; the slow path does that.
    "    if (mask & bit) throw MISS;",
    "    mask |= bit;",
    "    switch (index) {",
    ...fields.map((_, f) => `      case ${f}: v${f} = reads[${f}](); break;`),
    "    }",
    "    if (close()) break;",
    "  }",
    "}",
    `if ((mask & ${required}) !== ${required}) throw MISS;`,
    "if (mask !== last.mask) {",
    "  last.build = builderFor(mask);",
    "  last.mask = mask;",
    "}",
    `return last.build(${locals});`,
  ];
  const factory = new Function(
    "open",
    "readKey",
    "close",
    "reads",
    "builderFor",
    "MISS",
    `const last = { mask: -1, build: undefined };\nreturn function readObject() {\n${lines.join("\n")}\n};`,
  ) as (...args: unknown[]) => Read;
  return factory(
    open,
    readKey,
    close,
    fields.map((field) => field.read),
    builderFor,
    MISS,
  );
}

/**
 * Compiles a byte reader for JSON values of `schema` (see {@link SchemaJsonReader}). @internal
 */
export function createSchemaJsonReader(schema: z.ZodType): SchemaJsonReader {
  const cursor: Cursor = { buffer: Buffer.alloc(0), pos: 0 };
  const view = schema as unknown as ZodView;
  const read = compileReader(view, cursor, new Set([view]));
  const reader: SchemaJsonReader = {
    end: 0,
    read(buffer, at) {
      cursor.buffer = buffer;
      cursor.pos = at;
      try {
        const value = read();
        reader.end = cursor.pos;
        return value;
      } catch (error) {
        if (error === MISS) return SLOW_PATH;
        throw error;
      }
    },
  };
  return reader;
}

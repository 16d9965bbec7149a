// The one error type users see: a permanent code, a message saying what/where/what to do, and fields
// a program can read. Recognised by a brand field, never by `instanceof` (two copies of core may load).

/** Where an error points: a file and position, or a field path inside a document. */
export interface ErrorLocation {
  file?: string;
  line?: number;
  column?: number;
  path?: string;
}

/** Structured fields every {@link BenchloopError} may carry. */
export interface BenchloopErrorFields {
  code: string;
  message: string;
  hint?: string;
  location?: ErrorLocation;
  plugin?: string;
  details?: Record<string, unknown>;
  cause?: unknown;
  /** Expected errors print without a stack; unexpected ones print it. */
  expected?: boolean;
}

const BRAND = "benchloop.error";

/**
 * An error with a permanent `code`, a human message and structured fields.
 * Build them through the catalogue in `errors/catalog.ts`, not by hand.
 */
export class BenchloopError extends Error {
  readonly brand = BRAND;
  readonly code: string;
  readonly hint?: string;
  readonly location?: ErrorLocation;
  readonly plugin?: string;
  readonly details?: Record<string, unknown>;
  readonly expected: boolean;

  constructor(fields: BenchloopErrorFields) {
    super(fields.message, fields.cause === undefined ? undefined : { cause: fields.cause });
    this.name = "BenchloopError";
    this.code = fields.code;
    this.hint = fields.hint;
    this.location = fields.location;
    this.plugin = fields.plugin;
    this.details = fields.details;
    this.expected = fields.expected ?? true;
  }

  /** True for any BenchloopError, from this or another copy of core. */
  static is(value: unknown): value is BenchloopError {
    return typeof value === "object" && value !== null && (value as { brand?: unknown }).brand === BRAND;
  }

  /** The message with its hint, as printed at a terminal. */
  toDisplayString(): string {
    return this.hint ? `${this.message}\n  ${this.hint}` : this.message;
  }
}

/** Normalises anything thrown into a BenchloopError (code `UNEXPECTED` when it was not one). */
export function toBenchloopError(value: unknown): BenchloopError {
  if (BenchloopError.is(value)) return value;
  const message = value instanceof Error ? value.message : String(value);
  return new BenchloopError({
    code: "UNEXPECTED",
    message,
    cause: value,
    expected: false,
    hint: "This is a bug in benchloop or a plugin; please report it with the stack above.",
  });
}

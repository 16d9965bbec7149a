// The chain of run.json migrations: each step turns one schema version into the next; every reader of
// run.json goes through `migrateRun`, which walks the chain to the current version and validates the
// result. Newer or unknown versions are refused, never guessed at.
import { z } from "zod";
import { documentInvalid, schemaVersionUnsupported, type ValidationIssue } from "../errors/catalog.js";
import { toValidationIssues } from "../errors/zod-issues.js";
import { fromPlebdevRun } from "../import/plebdev-run.js";
import { PLEBDEV_SCHEMA_VERSION, PlebdevRunSchema } from "../import/plebdev-schema.js";
import { type ItemResult, ItemResultSchema } from "../results/item-result.js";
import { RUN_SCHEMA_VERSION, type Run, RunSchema } from "../results/run-schema.js";
import { migrateRunV1ToV2 } from "./run-v1-to-v2.js";

/** A schema version as found in a document: benchloop's integers, or another tool's strings. */
export type SchemaVersion = string | number;

/** One step of the chain. */
export interface RunMigration {
  from: SchemaVersion;
  to: SchemaVersion;
  /** What the step changes, for `benchloop migrate`'s dry run. */
  description: string;
  /** @throws DOCUMENT_INVALID when the document is not a valid `from` document */
  migrate(doc: unknown, file?: string): unknown;
}

/** What migrating a document did. */
export interface RunMigrationResult {
  run: Run;
  /** The version the document had. */
  from: SchemaVersion;
  /** The steps applied, oldest first (empty when the document was current). */
  steps: readonly RunMigration[];
}

/** The migration chain of run.json, oldest first. */
export const RUN_MIGRATIONS: readonly RunMigration[] = [
  {
    from: PLEBDEV_SCHEMA_VERSION,
    to: 1,
    description:
      "plebdev-bench run 0.1.0 → benchloop run 1: new UTC run id (the plebdev id kept in provenance), item keys model|harness|test|passType#1, statuses from scores (tests failed → failed, no score → error at the score stage, failed generation → error at the generate stage), frontier scores 1–10 → judge scores 0..1, summary recomputed",
    migrate(doc, file) {
      const parsed = PlebdevRunSchema.safeParse(doc);
      if (!parsed.success)
        throw documentInvalid("plebdev-bench run.json 0.1.0", toValidationIssues(parsed.error), file);
      return fromPlebdevRun(parsed.data);
    },
  },
  {
    from: 1,
    to: 2,
    description:
      "benchloop run 1 → 2: repair rounds (item `repairs`, `passedAtAttempt`, `repairUnsupported`); a version-1 run had no repair attempts, so its passed items get passedAtAttempt 1 and nothing else changes",
    migrate: migrateRunV1ToV2,
  },
];

function readVersion(doc: unknown, file?: string): SchemaVersion {
  const version =
    typeof doc === "object" && doc !== null ? (doc as { schemaVersion?: unknown }).schemaVersion : undefined;
  if (typeof version === "string" || typeof version === "number") return version;
  throw documentInvalid(
    "run.json",
    [
      {
        path: "schemaVersion",
        message:
          version === undefined
            ? "is missing; this is not a benchloop or plebdev-bench run.json"
            : "must be a number or a string",
      },
    ],
    file,
  );
}

/** Options of {@link migrateRunWithSteps}. */
export interface MigrateRunOptions {
  /**
   * The caller will not use the document again (it was just parsed from a file): each raw item is
   * dropped from the document's `items` array once validated, so a 100,000-item run is never held
   * twice in memory. Default false: the document is left untouched.
   */
  consume?: boolean;
}

/** Items whose issues are listed before the rest are only counted. */
const MAX_INVALID_ITEMS = 20;

const RunHeaderSchema = RunSchema.omit({ items: true });

/**
 * ItemResultSchema with zod's ahead-of-time compiled fast path (zod ≥ 4.5; the schema itself before):
 * the same results and the same issues, several times faster on valid items.
 */
let compiledItemResultSchema: typeof ItemResultSchema | undefined;

function toCompiledItemResultSchema(): typeof ItemResultSchema {
  const compile = (z as { compile?: (schema: typeof ItemResultSchema) => typeof ItemResultSchema }).compile;
  compiledItemResultSchema ??= compile?.(ItemResultSchema) ?? ItemResultSchema;
  return compiledItemResultSchema;
}

/**
 * Validates the items of a current-version run one at a time, collecting the issues of the first
 * invalid ones with their index, then the run's other fields. @internal
 */
export class RunValidator {
  private readonly issues: ValidationIssue[] = [];
  private invalid = 0;
  readonly items: ItemResult[] = [];

  constructor(private readonly file?: string) {}

  /** Validates one item and keeps it (valid) or its issues (invalid). */
  addItem(raw: unknown, index: number): void {
    const item = toCompiledItemResultSchema().safeParse(raw);
    if (item.success) {
      this.items[index] = item.data;
      return;
    }
    this.invalid++;
    if (this.invalid <= MAX_INVALID_ITEMS)
      this.issues.push(...toValidationIssues(item.error, ["items", index]));
  }

  /** Keeps an item already validated against ItemResultSchema (by the byte reader). */
  addValidItem(item: ItemResult, index: number): void {
    this.items[index] = item;
  }

  /** Validates the run's other fields and returns the run. @throws DOCUMENT_INVALID listing every issue */
  finish(fields: Readonly<Record<string, unknown>>): Run {
    const header = RunHeaderSchema.safeParse(fields);
    const issues = header.success ? [...this.issues] : [...toValidationIssues(header.error), ...this.issues];
    if (this.invalid > MAX_INVALID_ITEMS) {
      issues.push({
        path: "items",
        message: `${this.invalid - MAX_INVALID_ITEMS} more items are invalid too`,
      });
    }
    if (issues.length > 0)
      throw documentInvalid(`run.json (schemaVersion ${RUN_SCHEMA_VERSION})`, issues, this.file);
    return { ...header.data!, items: this.items };
  }
}

/** Validates a current-version run, item by item (in place when `consume`). */
function validateRun(doc: unknown, file: string | undefined, consume: boolean): Run {
  const source = (doc as { items?: unknown } | null)?.items;
  const validator = new RunValidator(file);
  if (!Array.isArray(source)) {
    const parsed = RunSchema.safeParse(doc);
    if (parsed.success) return parsed.data;
    throw documentInvalid(
      `run.json (schemaVersion ${RUN_SCHEMA_VERSION})`,
      toValidationIssues(parsed.error),
      file,
    );
  }
  for (let i = 0; i < source.length; i++) {
    validator.addItem(source[i], i);
    // The raw item is no longer needed: let it go now rather than at the end.
    if (consume) source[i] = undefined;
  }
  const { items: _items, ...fields } = doc as Record<string, unknown>;
  return validator.finish(fields);
}

/**
 * Migrates a parsed run.json of any supported version to the current one and validates it, saying
 * which steps it applied.
 * @throws SCHEMA_VERSION_UNSUPPORTED for a newer or unknown version; DOCUMENT_INVALID when the document
 * does not match its version's schema (every issue with its path)
 */
export function migrateRunWithSteps(
  doc: unknown,
  file?: string,
  options: MigrateRunOptions = {},
): RunMigrationResult {
  const from = readVersion(doc, file);
  const steps: RunMigration[] = [];
  let current = doc;
  let version = from;
  while (version !== RUN_SCHEMA_VERSION) {
    const step = RUN_MIGRATIONS.find((m) => m.from === version);
    if (!step) throw schemaVersionUnsupported("run.json", version, RUN_SCHEMA_VERSION, file);
    current = step.migrate(current, file);
    steps.push(step);
    version = step.to;
  }
  // A migrated document is ours to consume; the caller's only when they say so.
  const run = validateRun(current, file, options.consume === true || steps.length > 0);
  return { run, from, steps };
}

/**
 * Returns a run.json document of any supported version as a current, validated run.
 * @throws SCHEMA_VERSION_UNSUPPORTED for a newer or unknown version; DOCUMENT_INVALID when invalid
 */
export function migrateRun(doc: unknown, file?: string, options: MigrateRunOptions = {}): Run {
  return migrateRunWithSteps(doc, file, options).run;
}

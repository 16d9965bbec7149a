// The chain of run.json migrations: each step turns one schema version into the next; every reader of
// run.json goes through `migrateRun`, which walks the chain to the current version and validates the
// result. Newer or unknown versions are refused, never guessed at.
import { documentInvalid, schemaVersionUnsupported } from "../errors/catalog.js";
import { toValidationIssues } from "../errors/zod-issues.js";
import { fromPlebdevRun } from "../import/plebdev-run.js";
import { PLEBDEV_SCHEMA_VERSION, PlebdevRunSchema } from "../import/plebdev-schema.js";
import { RUN_SCHEMA_VERSION, type Run, RunSchema } from "../results/run-schema.js";

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

/**
 * Migrates a parsed run.json of any supported version to the current one and validates it, saying
 * which steps it applied.
 * @throws SCHEMA_VERSION_UNSUPPORTED for a newer or unknown version; DOCUMENT_INVALID when the document
 * does not match its version's schema (every issue with its path)
 */
export function migrateRunWithSteps(doc: unknown, file?: string): RunMigrationResult {
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
  const parsed = RunSchema.safeParse(current);
  if (!parsed.success)
    throw documentInvalid(
      `run.json (schemaVersion ${RUN_SCHEMA_VERSION})`,
      toValidationIssues(parsed.error),
      file,
    );
  return { run: parsed.data, from, steps };
}

/**
 * Returns a run.json document of any supported version as a current, validated run.
 * @throws SCHEMA_VERSION_UNSUPPORTED for a newer or unknown version; DOCUMENT_INVALID when invalid
 */
export function migrateRun(doc: unknown, file?: string): Run {
  return migrateRunWithSteps(doc, file).run;
}

// run.json 1 → 2: schema 2 adds repair rounds. A version-1 run had none, so it reads as "no repair
// attempts": no `repairs`, and every passed item passed at its first attempt (`passedAtAttempt: 1`).
import { documentInvalid, type ValidationIssue } from "../errors/catalog.js";

/** Item fields that appeared in schema 2; a version-1 document that has them is not a version-1 document. */
const V2_ITEM_FIELDS = ["repairs", "passedAtAttempt", "repairUnsupported"] as const;

/**
 * Migrates a run.json document of schemaVersion 1 to 2. The caller's document is left untouched (items
 * are copied shallowly); the result is validated by the chain's last step.
 * @throws DOCUMENT_INVALID when an item already has a schema-2 field
 */
export function migrateRunV1ToV2(doc: unknown, file?: string): unknown {
  const run = doc as { items?: unknown };
  if (!Array.isArray(run.items)) return { ...(doc as object), schemaVersion: 2 };
  const issues: ValidationIssue[] = [];
  const items = run.items.map((raw: unknown, index) => {
    if (typeof raw !== "object" || raw === null || Array.isArray(raw)) return raw;
    const item = raw as Record<string, unknown>;
    for (const field of V2_ITEM_FIELDS) {
      if (field in item)
        issues.push({
          path: `items[${index}].${field}`,
          message:
            "is a schemaVersion 2 field; a schemaVersion 1 run cannot have it (set schemaVersion to 2?)",
        });
    }
    return item.status === "passed" ? { ...item, passedAtAttempt: 1 } : item;
  });
  if (issues.length > 0) throw documentInvalid("run.json (schemaVersion 1)", issues, file);
  return { ...(doc as object), schemaVersion: 2, items };
}

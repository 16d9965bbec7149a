// Evaluates one rubric check that needs no sandbox: `sql` checks in SQLite, the others on the text.
// Shared by the scorer's thread and its worker, so it imports nothing that loads @benchloop/core.
import type { Check } from "@benchloop/core";
import { evaluateCheck } from "./evaluate-check.js";
import type { RubricCheck } from "./rubric-check.js";
import { evaluateSqlCheck } from "./sql-check.js";

/** The results of one check that needs no sandbox (`program` checks do). */
export async function evaluateOneCheck(check: RubricCheck, text: string): Promise<Check[]> {
  return check.kind === "sql" ? [await evaluateSqlCheck(check, text)] : evaluateCheck(check, text);
}

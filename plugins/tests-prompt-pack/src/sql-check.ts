// The `sql` check: runs the answer's query against a small SQLite database built from the check's
// setup statements (sql.js: SQLite compiled to WebAssembly, so nothing native to build) and compares
// the rows it returns with the expected ones.
import { createRequire } from "node:module";
import type { Check } from "@benchloop/core";
import type { Database, SqlJsStatic } from "sql.js";
import { findFencedBlocks, normaliseLanguage } from "./code-blocks.js";
import type { RubricCheck } from "./rubric-check.js";

type SqlCheck = Extract<RubricCheck, { kind: "sql" }>;
type SqlValue = string | number | null;

let engine: Promise<SqlJsStatic> | undefined;

/** Loads SQLite once per process, on first use. */
function loadEngine(): Promise<SqlJsStatic> {
  if (!engine) {
    const require = createRequire(import.meta.url);
    const wasm = require.resolve("sql.js/dist/sql-wasm.wasm");
    engine = import("sql.js").then((module) => {
      const init = (module as unknown as { default: (config: object) => Promise<SqlJsStatic> }).default;
      return init({ locateFile: () => wasm });
    });
  }
  return engine;
}

/** The SQL of an answer: its sql (or untagged) fenced block, else the whole answer. */
export function findSql(answer: string): string {
  const blocks = findFencedBlocks(answer).filter((b) => b.content.trim() !== "");
  const block =
    blocks.find((b) => normaliseLanguage(b.language) === "sql") ?? blocks.find((b) => b.language === "");
  return (block ? block.content : answer).trim();
}

function sameValue(a: SqlValue, b: SqlValue): boolean {
  if (typeof a === "number" && typeof b === "number") return Math.abs(a - b) < 1e-9;
  if (typeof a === "number" || typeof b === "number") return String(a) === String(b);
  return a === b;
}

function sameRows(actual: SqlValue[][], expected: SqlValue[][], ordered: boolean): boolean {
  if (actual.length !== expected.length) return false;
  const row = (a: SqlValue[], b: SqlValue[]) =>
    a.length === b.length && a.every((v, i) => sameValue(v, b[i] as SqlValue));
  if (ordered) return actual.every((r, i) => row(r, expected[i] as SqlValue[]));
  const left = [...expected];
  return actual.every((r) => {
    const index = left.findIndex((e) => row(r, e));
    if (index < 0) return false;
    left.splice(index, 1);
    return true;
  });
}

/** Runs the answer's SQL against the check's database and compares the rows of its last statement. */
export async function evaluateSqlCheck(check: SqlCheck, answer: string): Promise<Check> {
  const name =
    check.name ?? `query returns the expected ${check.rows.length} rows${check.ordered ? " in order" : ""}`;
  const expected = { rows: check.rows, ordered: check.ordered };
  const out = (passed: boolean, actual: unknown, error?: string): Check => ({
    name,
    passed,
    weight: check.weight,
    expected,
    actual,
    ...(error && !passed ? { error } : {}),
  });
  const sql = findSql(answer);
  if (sql === "") return out(false, null, "the answer holds no SQL");
  const SQL = await loadEngine();
  let db: Database | undefined;
  try {
    db = new SQL.Database();
    db.exec(check.setup);
    let results: ReturnType<Database["exec"]>;
    try {
      results = db.exec(sql);
    } catch (error) {
      return out(false, { sql }, `SQLite refused the query: ${(error as Error).message}`);
    }
    const last = results.at(-1);
    const rows = (last?.values ?? []) as SqlValue[][];
    const passed = sameRows(rows, check.rows, check.ordered);
    return out(
      passed,
      { rows: rows.slice(0, 20) },
      `returned ${rows.length} rows that differ from the expected ones`,
    );
  } finally {
    db?.close();
  }
}

// `benchloop tests check`, catalog part: runs the chosen catalog tests' references and mutants in a
// sandbox pool of its own (so it overlaps with the known-answer scoring of the other sources) and renders
// the spec-strength table the command prints.
import { renderTable } from "@benchloop/core";
import { createSandboxPool } from "@benchloop/sandbox";
import { formatCatalogSpread } from "./catalog-spread.js";
import { type CatalogCheckReport, checkCatalog } from "./check-catalog.js";
import { loadCatalog } from "./load-catalog.js";

/** A catalog check under way. */
export interface CatalogCheckRun {
  /** Ids of every catalog test (checked or not), for naming unknown `--tests` values. */
  catalogIds: string[];
  /** The report, once every chosen test ran; close the run after it settles. */
  report: Promise<CatalogCheckReport>;
  /** Ends the sandbox processes. */
  close(): Promise<void>;
}

/**
 * Starts checking the catalog tests of `ids` (all when undefined) in three sandbox processes: a
 * reference's type check holds this thread, so a third process keeps both cores busy.
 */
export async function startCatalogCheck(ids?: readonly string[]): Promise<CatalogCheckRun> {
  const catalog = await loadCatalog();
  const pool = createSandboxPool({ size: 3 });
  const report = checkCatalog(pool, { tests: ids ? catalog.filter((t) => ids.includes(t.id)) : catalog });
  report.catch(() => undefined);
  return { catalogIds: catalog.map((t) => t.id), report, close: () => pool.close() };
}

/** The spec-strength table, its totals line and the catalog's spread. */
export function renderCatalogCheck(report: CatalogCheckReport): string {
  const rows = report.tests.map((t) => [
    t.ok ? "✓" : "✗",
    t.id,
    String(t.version),
    `${t.reference.passed}/${t.reference.total}`,
    t.reference.typeCheck ? (t.reference.typeCheck.passed ? "✓" : "✗") : "-",
    `${t.mutants.killed}/${t.mutants.total}`,
    t.mutants.survivors.join(", ") || "-",
  ]);
  const killed = report.tests.reduce((n, t) => n + t.mutants.killed, 0);
  const total = report.tests.reduce((n, t) => n + t.mutants.total, 0);
  return (
    renderTable(["", "test", "version", "reference checks", "types", "mutants killed", "survivors"], rows) +
    `\n${report.ok ? "✓" : "✗"} ${report.tests.length} tests, ${killed}/${total} mutants killed\n` +
    `\n${formatCatalogSpread(report.spread)}\n`
  );
}

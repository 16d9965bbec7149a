// `benchloop tests check`: runs every built-in coding test's reference and mutants in the sandbox and
// reports how strong each spec is (reference must pass 100%, every mutant must fail a check).
import type { Command } from "commander";
import type { CliApp } from "../app.js";
import { EXIT_CODES } from "../exit-codes.js";
import { renderTable } from "../output/table.js";

/** Adds `benchloop tests`. */
export function registerTestsCommands(program: Command, app: CliApp): void {
  const tests = program.command("tests").description("Work with the built-in test catalog");
  tests
    .command("check")
    .description("Run every reference and mutant of the coding catalog and report the specs' strength")
    .option("--tests <ids>", "comma-separated test ids (default: all)")
    .option("--json", "print the report as JSON")
    .action(async (options: { tests?: string; json?: boolean }) => {
      const [{ checkCatalog, formatCatalogSpread, loadCatalog }, { createSandboxPool }] = await Promise.all([
        import("@benchloop/tests-coding"),
        import("@benchloop/sandbox"),
      ]);
      const wanted = options.tests
        ?.split(",")
        .map((s) => s.trim())
        .filter(Boolean);
      const catalog = await loadCatalog();
      if (wanted) {
        const { nameUnknown } = await import("@benchloop/core");
        const unknown = wanted.filter((id) => !catalog.some((t) => t.id === id));
        if (unknown.length)
          throw nameUnknown(
            "test",
            unknown,
            catalog.map((t) => t.id),
            "--tests",
          );
      }
      const pool = createSandboxPool({ size: 2 });
      try {
        const report = await checkCatalog(pool, {
          tests: wanted ? catalog.filter((t) => wanted.includes(t.id)) : catalog,
        });
        if (options.json) {
          app.io.out(`${JSON.stringify(report, null, 2)}\n`);
        } else {
          const rows = report.tests.map((t) => [
            t.ok ? "✓" : "✗",
            t.id,
            String(t.version),
            `${t.reference.passed}/${t.reference.total}`,
            t.reference.typeCheck ? (t.reference.typeCheck.passed ? "✓" : "✗") : "-",
            `${t.mutants.killed}/${t.mutants.total}`,
            t.mutants.survivors.join(", ") || "-",
          ]);
          app.io.out(
            renderTable(
              ["", "test", "version", "reference checks", "types", "mutants killed", "survivors"],
              rows,
            ),
          );
          const killed = report.tests.reduce((n, t) => n + t.mutants.killed, 0);
          const total = report.tests.reduce((n, t) => n + t.mutants.total, 0);
          app.io.out(
            `\n${report.ok ? "✓" : "✗"} ${report.tests.length} tests, ${killed}/${total} mutants killed\n`,
          );
          app.io.out(`\n${formatCatalogSpread(report.spread)}\n`);
        }
        if (!report.ok) app.setExitCode(EXIT_CODES.error);
      } finally {
        await pool.close();
      }
    });
}

// `benchloop tests check`: runs every built-in coding test's reference and mutants in the sandbox and
// reports how strong each spec is (reference must pass 100%, every mutant must fail a check); then
// scores the known answers of every installed test (packs, legacy cases) and, with --baselines, the
// answerers that call no model, per suite.

import { renderTable } from "@benchloop/core";
import type { Command } from "commander";
import type { CliApp } from "../app.js";
import { EXIT_CODES } from "../exit-codes.js";
import { withCtrlC } from "./ctrl-c.js";
import { BASELINE_LIMIT, checkTestAnswers, renderBaselines, renderKnownAnswers } from "./tests-answers.js";

/** Adds `benchloop tests`. */
export function registerTestsCommands(program: Command, app: CliApp): void {
  const tests = program.command("tests").description("Work with the built-in test catalog");
  tests
    .command("check")
    .description(
      "Run every reference and mutant of the coding catalog, score every test's known answers, and (--baselines) the answerers that call no model",
    )
    .option("--tests <ids>", "comma-separated test ids (default: all)")
    .option("--baselines", "also score the baselines (empty, refusal, echo, keywords, heuristic) per suite")
    .option("--json", "print the report as JSON")
    .action(async (options: { tests?: string; json?: boolean; baselines?: boolean }, command: Command) => {
      const [{ checkCatalog, formatCatalogSpread, loadCatalog }, { createSandboxPool }] = await Promise.all([
        import("@benchloop/tests-coding"),
        import("@benchloop/sandbox"),
      ]);
      const wanted = options.tests
        ?.split(",")
        .map((s) => s.trim())
        .filter(Boolean);
      const catalog = await loadCatalog();
      // The catalog's references and mutants run in their own pool while the known answers are scored:
      // the two phases overlap instead of leaving a core idle in each.
      // Three processes on two cores: a reference's type check runs on this thread and would leave a
      // sandbox slot idle while it compiles (measured: 60 s → 57 s for the whole catalog).
      const pool = createSandboxPool({ size: 3 });
      const catalogCheck = checkCatalog(pool, {
        tests: wanted ? catalog.filter((t) => wanted.includes(t.id)) : catalog,
      });
      catalogCheck.catch(() => undefined);
      const ctx = await app.loadContext(command);
      let answers: Awaited<ReturnType<typeof checkTestAnswers>>;
      try {
        answers = await withCtrlC(
          async (signal) => {
            const { loadTests, nameUnknown } = await import("@benchloop/core");
            const all = await loadTests({
              registry: ctx.registry,
              scope: ctx.scope,
              config: ctx.config,
              signal,
            });
            if (wanted) {
              const known = new Set([...all.map((t) => t.id), ...catalog.map((t) => t.id)]);
              const unknown = wanted.filter((id) => !known.has(id));
              if (unknown.length) throw nameUnknown("test", unknown, [...known].sort(), "--tests");
            }
            const selected = wanted ? all.filter((t) => wanted.includes(t.id)) : all;
            return checkTestAnswers(ctx, selected, { baselines: options.baselines === true, signal });
          },
          { reason: () => new Error("interrupted") },
        );
      } catch (error) {
        await pool.close();
        throw error;
      } finally {
        await ctx.scope.dispose();
      }
      const answersOk =
        answers.known.mismatches.length === 0 &&
        (answers.baselines ?? []).every((s) => s.worst <= BASELINE_LIMIT);
      try {
        const report = await catalogCheck;
        if (options.json) {
          app.io.out(
            `${JSON.stringify({ ...report, knownAnswers: answers.known, baselines: answers.baselines }, null, 2)}\n`,
          );
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
          app.io.out(`\n${renderKnownAnswers(answers.known)}`);
          if (answers.baselines) app.io.out(`\n${renderBaselines(answers.baselines)}`);
        }
        if (!report.ok || !answersOk) app.setExitCode(EXIT_CODES.error);
      } finally {
        await pool.close();
      }
    });
}

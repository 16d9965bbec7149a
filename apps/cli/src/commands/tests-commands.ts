// `benchloop tests check`: the coding catalog's spec strength (every reference passes, every mutant
// fails a check), the known answers of every installed test and, with --baselines, the answerers that
// call no model, per suite. The checks live in core and the tests-coding plugin; this prints them.
import { checkTestAnswers, loadTests, nameUnknown, renderAnswersReport } from "@benchloop/core";
import type { Command } from "commander";
import type { CliApp } from "../app.js";
import { loadCatalogCheck } from "../builtins.js";
import { EXIT_CODES } from "../exit-codes.js";
import { withCtrlC } from "./ctrl-c.js";
import { list } from "./option-parsers.js";

interface TestsCheckOptions {
  tests?: string[];
  json?: boolean;
  baselines?: boolean;
}

/** Adds `benchloop tests`. */
export function registerTestsCommands(program: Command, app: CliApp): void {
  const tests = program.command("tests").description("Work with the built-in test catalog");
  tests
    .command("check")
    .description(
      "Run every reference and mutant of the coding catalog, score every test's known answers, and (--baselines) the answerers that call no model",
    )
    .option("--tests <ids>", "comma-separated test ids (default: all)", list)
    .option("--baselines", "also score the baselines (empty, refusal, echo, keywords, heuristic) per suite")
    .option("--json", "print the report as JSON")
    .action(async (options: TestsCheckOptions, command: Command) => {
      const wanted = options.tests?.length ? options.tests : undefined;
      const { startCatalogCheck, renderCatalogCheck } = await loadCatalogCheck();
      const catalog = await startCatalogCheck(wanted);
      try {
        const ctx = await app.loadContext(command);
        const answers = await withCtrlC(
          async (signal) => {
            const all = await loadTests({
              registry: ctx.registry,
              scope: ctx.scope,
              config: ctx.config,
              signal,
            });
            const known = new Set([...all.map((t) => t.id), ...catalog.catalogIds]);
            const unknown = (wanted ?? []).filter((id) => !known.has(id));
            if (unknown.length) throw nameUnknown("test", unknown, [...known].sort(), "--tests");
            const selected = wanted ? all.filter((t) => wanted.includes(t.id)) : all;
            return checkTestAnswers(selected, { ...ctx, baselines: options.baselines === true, signal });
          },
          { reason: () => new Error("interrupted") },
        ).finally(() => ctx.scope.dispose());
        const report = await catalog.report;
        const { ok: _ok, ...figures } = answers;
        app.io.out(
          options.json
            ? `${JSON.stringify({ ...report, knownAnswers: figures.known, baselines: figures.baselines }, null, 2)}\n`
            : `${renderCatalogCheck(report)}\n${renderAnswersReport(answers)}`,
        );
        if (!report.ok || !answers.ok) app.setExitCode(EXIT_CODES.error);
      } finally {
        await catalog.close();
      }
    });
}

// `benchloop dev-cycle`: the coding suite, one prompt-pack suite per role and the legacy suite in one
// run, then the gate, a per-suite table with the baseline rate beside each suite's scores, then
// dev-cycle-summary.json (profile → model, role, evidence, a note against what is
// applied today), a model → role table, and with --apply the promotion applied behind a checkpoint to
// --target (or the config's `apply.target`); Ctrl-C during the apply exits 130 naming the checkpoint.
import path from "node:path";
import {
  assertBenchmarkCompleted,
  assertReusable,
  type DevCycleRequest,
  gateDevCycle,
  measureRunBaselines,
  ollamaUrlOf,
  parseMaxAgeDays,
  renderDevCycleSummary,
  renderSuiteScores,
  resolveApplySettings,
  runSetupOverrides,
  validateDevCycleRequest,
  withDemoServer,
} from "@benchloop/core";
import type { Command } from "commander";
import type { CliApp } from "../app.js";
import { loadDemoSimulator } from "../builtins.js";
import type { CommandContext } from "../context.js";
import { EXIT_CODES } from "../exit-codes.js";
import { formatApplyOutcome } from "../output/promotion-text.js";
import { enforceGate, POLICY_FLAG_HELP } from "./gate-command.js";
import { list, positiveInteger, REPAIR_HELP, repairRounds } from "./option-parsers.js";
import { applyPromotionFile, withPromotionOutcomes } from "./promotion-commands.js";
import { executeRun } from "./run-execution.js";
import { type RunInput, readRunInput } from "./run-input.js";

interface DevCycleFlags extends DevCycleRequest {
  models?: string[];
  harnesses?: string[];
  repeats?: number;
  concurrency?: number;
  policy?: string;
  enforce?: boolean;
  maxAge: string;
  apply?: boolean;
  target?: string;
  map?: string[];
  force?: boolean;
  allowSimulated?: boolean;
  dryRun?: boolean;
  json?: boolean;
  quiet?: boolean;
}

async function benchmark(app: CliApp, ctx: CommandContext, flags: DevCycleFlags): Promise<RunInput> {
  if (!flags.legacyRoots?.length && !Object.hasOwn(ctx.config.sources, "legacy"))
    app.io.err(
      "note: no --legacy-roots, so the legacy suite is empty; profiles that require it cannot pass.\n",
    );
  const outcome = await executeRun(app, ctx, {
    output: flags.json || flags.quiet ? "quiet" : "progress",
    // Every installed suite (or the config's `suites`): the coding tests, one prompt-pack suite per
    // role, the legacy suites of --legacy-roots, and the user's own packs.
    filters: { models: flags.models, harnesses: flags.harnesses },
  });
  assertBenchmarkCompleted(outcome.runId, outcome.status);
  return { run: outcome.run, plan: outcome.plan, dir: outcome.dir };
}

async function reuse(app: CliApp, ctx: CommandContext, flags: DevCycleFlags): Promise<RunInput[]> {
  const resultsDir = path.resolve(ctx.cwd, ctx.config.resultsDir);
  const inputs: RunInput[] = [];
  for (const ref of flags.from ?? []) inputs.push(await readRunInput(resultsDir, ref, app.cwd));
  const maxAgeMs = parseMaxAgeDays(flags.maxAge);
  await assertReusable(ctx, inputs, { maxAgeMs, now: Date.now() });
  return inputs;
}

async function devCycle(app: CliApp, flags: DevCycleFlags, command: Command): Promise<void> {
  validateDevCycleRequest(flags);
  await withDemoServer(
    () => loadDemoSimulator(app.cwd),
    flags,
    async (demo) => {
      const overrides = runSetupOverrides(flags, demo);
      if (flags.repeats !== undefined) overrides.repeats = flags.repeats;
      if (flags.concurrency !== undefined) overrides.concurrency = flags.concurrency;
      const ctx = await app.loadContext(command, {
        overrides,
        agentOllamaUrl: ollamaUrlOf(flags, demo),
        agentsAsked: flags.harnesses ?? [],
      });
      try {
        // The target is settled before benchmarking, so a missing one fails at once.
        const settings =
          flags.apply || flags.target
            ? resolveApplySettings(ctx, { target: flags.target, map: flags.map }, "dev-cycle --apply")
            : undefined;
        if (demo && !flags.json && !flags.quiet)
          app.io.out(
            `demo: ollama-sim at ${demo.url} with scripted models; results are labelled simulated\n`,
          );
        const inputs = flags.deferBenchmarks
          ? await reuse(app, ctx, flags)
          : [await benchmark(app, ctx, flags)];
        const {
          gate: gateFiles,
          summary,
          summaryFile,
        } = await gateDevCycle(ctx, {
          inputs,
          reused: Boolean(flags.deferBenchmarks),
          policy: flags.policy,
          settings,
        });
        const { report } = gateFiles;
        if (flags.json) app.io.out(`${JSON.stringify(summary, null, 2)}\n`);
        else {
          const runs = inputs.map((input) => input.run);
          const baselines = await measureRunBaselines(ctx, runs);
          app.io.out(
            `\n${renderDevCycleSummary(summary)}\n${renderSuiteScores(runs, baselines)}wrote ${summaryFile}\n      ${gateFiles.jsonFile}, ${gateFiles.markdownFile}\n`,
          );
        }
        if (flags.apply && settings) {
          const input = { promotion: summary.promotion, file: summaryFile, settings, flags };
          await withPromotionOutcomes(app, async () => {
            const outcome = await applyPromotionFile(app, ctx, input);
            if (!flags.json) app.io.out(`\n${formatApplyOutcome(outcome)}`);
          });
        }
        enforceGate(app, report, flags.enforce);
      } finally {
        await ctx.scope.dispose();
      }
    },
  );
}

/** Adds `benchloop dev-cycle`. */
export function registerDevCycleCommand(program: Command, app: CliApp): void {
  program
    .command("dev-cycle")
    .description(
      "Benchmark the live and legacy suites in one run, gate the result, and recommend one model per role (optionally apply it)",
    )
    .option("--demo", "run against the built-in simulator (ollama-sim) with scripted models")
    .option("--ollama-url <url>", "Ollama address (sets harnesses.ollama.baseUrl)")
    .option("--legacy-roots <dirs>", "old project folders for the legacy suite, comma-separated", list)
    .option("--keep-snippets", "keep legacy source snippets in the results")
    .option("--judge <model>", "judge every scored answer with this model")
    .option("--repair [n]", REPAIR_HELP, repairRounds)
    .option("--models <names>", "models to benchmark, comma-separated", list)
    .option("--harnesses <ids>", "harnesses to use, comma-separated", list)
    .option("--repeats <n>", "repeats of every item", positiveInteger("--repeats"))
    .option("--concurrency <n>", "generations in flight at once", positiveInteger("--concurrency"))
    .option("--policy <file>", POLICY_FLAG_HELP)
    .option("--enforce", `exit with code ${EXIT_CODES.gateBlocked} when the gate is blocked or failed`)
    .option("--defer-benchmarks", "do not benchmark; gate the runs given by --from (checked for freshness)")
    .option(
      "--from <runs>",
      "runs to reuse with --defer-benchmarks (id, path, latest, latest~N), comma-separated",
      list,
    )
    .option(
      "--max-age <days>",
      "with --defer-benchmarks: the oldest run (by its recorded end) still reused",
      "7",
    )
    .option(
      "--apply",
      "apply the promotion to --target or the config's apply.target (after writing a checkpoint)",
    )
    .option(
      "--target <spec>",
      "where the promotion applies: file:PATH or http(s)://URL (also read for the notes; default: apply.target in the config)",
    )
    .option(
      "--map <profile=key>",
      "target key for a profile (repeatable; default: the profile name)",
      (v: string, p: string[] = []) => [...p, v],
    )
    .option("--force", "apply even when the gate is blocked or failed (recorded in the checkpoint)")
    .option(
      "--allow-simulated",
      "with --apply: apply a promotion built on simulated runs (--demo); refused without it (exit code 5)",
    )
    .option("--dry-run", "with --apply: show what would change, write nothing to the target")
    .option("--json", "print dev-cycle-summary.json instead of the table")
    .option("-q, --quiet", "no progress, only the table")
    .action((flags: DevCycleFlags, command: Command) => devCycle(app, flags, command));
}

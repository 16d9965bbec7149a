// Commands: run, plan, cache (stats, compact, clear, explain), runs — the kernel and the results store
// at the command line. Flags are parsed here; plans, runs and their texts come from core.
import path from "node:path";
import {
  type Config,
  clearCache,
  compactCache,
  type DemoServer,
  explainItem,
  type FilterFlags,
  filterFlagOverrides,
  filtersOfFlags,
  findDemoRun,
  formatBytes,
  isFiltered,
  listRuns,
  loadConfig,
  ollamaUrlOf,
  parseItemKey,
  previewPlan,
  RERUN_MODES,
  type RunSetupFlags,
  type RunSwitchFlags,
  readCacheStats,
  renderCacheExplanation,
  renderCacheStats,
  renderPlanSummary,
  renderRunList,
  renderRunSummary,
  runSetupOverrides,
  runWorker,
  validateRunRequest,
  validateRunSetupFlags,
  type WorkerFlags,
  withDemoServer,
  writeDemoMarker,
} from "@benchloop/core";
import type { Command } from "commander";
import type { CliApp } from "../app.js";
import { loadDemoSimulator } from "../builtins.js";
import type { CommandContext } from "../context.js";
import { list, positiveInteger, REPAIR_HELP, repairRounds } from "./option-parsers.js";
import { executeRun } from "./run-execution.js";

/** What running a plan uses: harnesses, the tests of the test sources, scorers, an executor (--queue). */
const RUN_KINDS = ["harness", "test-source", "scorer", "executor"] as const;

interface RunFlags extends FilterFlags, RunSetupFlags, RunSwitchFlags {
  resume?: string;
  rerun?: string;
  from?: string;
  json?: boolean;
  quiet?: boolean;
  grace?: number;
}

type PlanFlags = FilterFlags & Pick<RunSetupFlags, "demo" | "ollamaUrl"> & { json?: boolean };
type ExplainFlags = RunSetupFlags & { from?: string; json?: boolean };

const OLLAMA_URL_HELP = "Ollama address (sets harnesses.ollama.baseUrl; default OLLAMA_HOST or :11434)";

function addFilterOptions(command: Command): Command {
  return command
    .option(
      "--models <names>",
      "models to run, comma-separated (default: the config's, else every listed model)",
      list,
    )
    .option(
      "--harnesses <ids>",
      "harnesses to use, comma-separated (default: the config's, else every available one)",
      list,
    )
    .option("--tests <ids>", "test ids, comma-separated", list)
    .option("--suite <names>", "suites, comma-separated", list)
    .option("--pass-types <types>", "pass types: blind, informed", list)
    .option("--repeats <n>", "repeats of every item", positiveInteger("--repeats"))
    .option("--concurrency <n>", "generations in flight at once", positiveInteger("--concurrency"));
}

async function loadPlainConfig(app: CliApp, command: Command): Promise<Config> {
  const { config, resultsDir } = app.globals(command);
  const overrides = resultsDir ? { resultsDir } : {};
  return (await loadConfig({ cwd: app.cwd, file: config, overrides })).config;
}

/** Loads the context of a command that builds a plan: the flags' config and the demo's server. */
function loadRunContext(
  app: CliApp,
  command: Command,
  flags: FilterFlags & RunSetupFlags & RunSwitchFlags,
  demo: DemoServer | undefined,
  agentsAsked: readonly string[],
): Promise<CommandContext> {
  return app.loadContext(command, {
    overrides: { ...filterFlagOverrides(flags), ...runSetupOverrides(flags, demo) },
    agentOllamaUrl: ollamaUrlOf(flags, demo),
    agentsAsked,
    kinds: RUN_KINDS,
  });
}

/** What a plan is built from in a command's context. */
function planInputs(ctx: CommandContext) {
  return { config: ctx.config, registry: ctx.registry, scope: ctx.scope, cwd: ctx.cwd };
}

async function runCommand(app: CliApp, flags: RunFlags, command: Command): Promise<void> {
  const rerun = validateRunRequest({ ...flags, filtered: isFiltered(flags) });
  validateRunSetupFlags(flags);
  // A resumed demo run starts its simulator again.
  const config = flags.resume && !flags.ollamaUrl ? await loadPlainConfig(app, command) : undefined;
  const resumed =
    config && flags.resume
      ? await findDemoRun(path.resolve(app.cwd, config.resultsDir), flags.resume, app.cwd)
      : undefined;
  await withDemoServer(
    () => loadDemoSimulator(app.cwd),
    flags,
    async (demo) => {
      const ctx = await loadRunContext(app, command, flags, demo, flags.harnesses ?? []);
      if (demo && !flags.json && !flags.quiet)
        app.io.out(`demo: ollama-sim at ${demo.url} with scripted models; results are labelled simulated\n`);
      try {
        const legacyRoots = flags.legacyRoots?.length ? { legacyRoots: flags.legacyRoots } : {};
        const outcome = await executeRun(app, ctx, {
          output: flags.json ? "json" : flags.quiet ? "quiet" : "progress",
          graceSeconds: flags.grace,
          filters: filtersOfFlags(flags),
          resume: flags.resume,
          rerun,
          ...(demo
            ? { onStart: (dir: string) => writeDemoMarker(dir, { url: demo.url, ...legacyRoots }) }
            : {}),
        });
        if (flags.json) return;
        if (flags.resume && outcome.executed === 0 && outcome.copied === 0)
          app.io.out(`Run ${outcome.runId} is already complete; nothing to resume.\n`);
        const planned = { planned: outcome.plan.items.length };
        app.io.out(`${flags.quiet ? "" : "\n"}${renderRunSummary(outcome.run, outcome.dir, planned)}`);
      } finally {
        await ctx.scope.dispose();
      }
    },
    resumed,
  );
}

async function planCommand(
  app: CliApp,
  flags: PlanFlags,
  command: Command,
  demo?: DemoServer,
): Promise<void> {
  const ctx = await loadRunContext(app, command, flags, demo, flags.harnesses ?? []);
  try {
    const { plan, estimate, json } = await previewPlan({
      ...planInputs(ctx),
      logger: ctx.logger,
      writtenConfig: ctx.loaded.written,
      filters: filtersOfFlags(flags),
      plugins: ctx.plugins,
    });
    app.io.out(flags.json ? `${JSON.stringify(json, null, 2)}\n` : renderPlanSummary(plan, estimate));
  } finally {
    await ctx.scope.dispose();
  }
}

async function explainCommand(
  app: CliApp,
  itemKey: string,
  flags: ExplainFlags,
  command: Command,
  demo?: DemoServer,
) {
  const ctx = await loadRunContext(app, command, flags, demo, [parseItemKey(itemKey).harness]);
  try {
    const explanation = await explainItem({ ...planInputs(ctx), itemKey, from: flags.from });
    app.io.out(
      flags.json ? `${JSON.stringify(explanation, null, 2)}\n` : renderCacheExplanation(explanation),
    );
  } finally {
    await ctx.scope.dispose();
  }
}

/** Adds `run`, `plan`, `cache` and `runs`. */
export function registerKernelCommands(program: Command, app: CliApp): void {
  addFilterOptions(
    program
      .command("run")
      .description("Run the benchmark matrix: plan, generate, score; writes results/<runId>/"),
  )
    .option("--no-cache", "neither read nor write the generation and score cache")
    .option("--no-resources", "do not sample process, system and GPU memory")
    .option("--resume <run>", "finish an interrupted run (id, path, latest, latest~N)")
    .option(
      "--rerun <rule>",
      `run again only what a rule selects from another run: ${RERUN_MODES.join(", ")}; copy the rest`,
    )
    .option("--from <run>", "the run --rerun reads (default: latest)")
    .option(
      "--grace <seconds>",
      "after Ctrl-C, how long items in flight may finish",
      positiveInteger("--grace"),
    )
    .option("--json", "print NDJSON events on stdout instead of progress and summary")
    .option("-q, --quiet", "print only the summary")
    .option("--demo", "run against a built-in simulator (ollama-sim) with scripted models; no Ollama needed")
    .option("--ollama-url <url>", OLLAMA_URL_HELP)
    .option("--legacy-roots <dirs>", "old project folders to build legacy tests from, comma-separated", list)
    .option("--keep-snippets", "keep legacy source snippets in the results (off: only hashes are kept)")
    .option("--judge <model>", "judge every scored answer with this model (scorers.judge holds its options)")
    .option("--repair [n]", REPAIR_HELP, repairRounds)
    .option("--queue <url>", "run the items on workers through Redis (docs/distributed.md)")
    .action((flags: RunFlags, command: Command) => runCommand(app, flags, command));
  program
    .command("worker")
    .description("Serve a distributed run's items with this machine's model server (docs/distributed.md)")
    .requiredOption("--queue <url>", "the Redis the coordinator uses (redis://host:6379)")
    .option("--ollama-url <url>", "this machine's Ollama (default OLLAMA_HOST or :11434)")
    .option("--concurrency <n>", "items at once", positiveInteger("--concurrency"), 4)
    .option("--harnesses <ids>", "harnesses to serve, comma-separated (default: all that answer)", list)
    .action(async (flags: WorkerFlags, command: Command) => {
      const overrides = runSetupOverrides({ ollamaUrl: flags.ollamaUrl });
      const ctx = await app.loadContext(command, { overrides, kinds: ["harness", "scorer", "executor"] });
      await runWorker(ctx, { ...flags, print: (line) => app.io.out(`${line}\n`) });
    });

  addFilterOptions(
    program
      .command("plan")
      .description(
        "Print the matrix a run would execute (counts per dimension, items, estimated time); writes nothing",
      ),
  )
    .option("--json", "print the plan as JSON")
    .option("--demo", "plan against the built-in simulator (ollama-sim), as `run --demo` would run")
    .option("--ollama-url <url>", OLLAMA_URL_HELP)
    .action((flags: PlanFlags, command: Command) => {
      validateRunSetupFlags(flags);
      return withDemoServer(
        () => loadDemoSimulator(app.cwd),
        flags,
        (demo) => planCommand(app, flags, command, demo),
      );
    });

  const cache = program.command("cache").description("Inspect or clear the generation and score cache");
  const cacheDir = async (command: Command) =>
    path.resolve(app.cwd, (await loadPlainConfig(app, command)).cacheDir);
  cache
    .command("stats")
    .description("Count the cache's entries and size")
    .option("--json", "print JSON")
    .action(async (flags: { json?: boolean }, command: Command) => {
      const stats = await readCacheStats(await cacheDir(command));
      app.io.out(flags.json ? `${JSON.stringify(stats, null, 2)}\n` : renderCacheStats(stats));
    });
  cache
    .command("compact")
    .description(
      "Rewrite the cache keeping only the latest row of each entry (run it while no benchmark runs)",
    )
    .action(async (_flags: unknown, command: Command) => {
      const c = await compactCache(await cacheDir(command));
      app.io.out(
        `Freed ${formatBytes(c.freedBytes)}; ${c.entries} cached generations (${formatBytes(c.bytes)}) in ${c.dir}.\n`,
      );
    });
  cache
    .command("clear")
    .description("Remove every cache entry (runs are not touched)")
    .action(async (_flags: unknown, command: Command) => {
      const r = await clearCache(await cacheDir(command));
      app.io.out(
        `Removed ${r.entries} cached generations and their scores (${formatBytes(r.bytes)}) from ${r.dir}.\n`,
      );
    });
  cache
    .command("explain")
    .description("Say whether an item would hit the cache, and which part of its hash changed since a run")
    .argument("<itemKey>", "model|harness|test|passType#repeat (quote it: it contains |)")
    .option("--from <run>", "the run to compare with (default: latest)")
    .option("--demo", "the item of a `run --demo`: build the current plan against the demo's simulator")
    .option("--ollama-url <url>", "Ollama address, as given to `run`")
    .option("--legacy-roots <dirs>", "legacy roots, as given to `run`", list)
    .option("--json", "print JSON")
    .action((itemKey: string, flags: ExplainFlags, command: Command) => {
      parseItemKey(itemKey);
      validateRunSetupFlags(flags);
      return withDemoServer(
        () => loadDemoSimulator(app.cwd),
        flags,
        (demo) => explainCommand(app, itemKey, flags, command, demo),
      );
    });

  program
    .command("runs")
    .description("List the runs in the results folder")
    .option("--json", "print JSON")
    .action(async (flags: { json?: boolean }, command: Command) => {
      const resultsDir = path.resolve(app.cwd, (await loadPlainConfig(app, command)).resultsDir);
      const runs = listRuns(resultsDir);
      app.io.out(flags.json ? `${JSON.stringify(runs, null, 2)}\n` : renderRunList(resultsDir, runs));
    });
}

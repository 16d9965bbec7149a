// Commands: run, plan, cache (stats, clear, explain), runs — the kernel and the results store at the
// command line.
import { readFileSync } from "node:fs";
import path from "node:path";
import {
  argumentInvalid,
  buildPlan,
  type Config,
  clearCache,
  compactCache,
  createItemCache,
  describePlanPower,
  estimatePlanDuration,
  explainCacheItem,
  formatBytes,
  formatDuration,
  isProcessAlive,
  listRuns,
  loadConfig,
  type PlanFilters,
  parseItemKey,
  RERUN_MODES,
  type RerunMode,
  type Run,
  readCacheStats,
  readPlan,
  readRun,
  renderRunSummary,
  renderTable,
  resolveRunRef,
  toPlanPower,
  toPluginRecords,
  type WrittenConfig,
} from "@benchloop/core";
import type { Command } from "commander";
import type { CliApp } from "../app.js";
import { type DemoMarker, readDemoMarker, writeDemoMarker } from "../demo/demo-marker.js";
import { list, positiveInteger } from "./option-parsers.js";
import { executeRun } from "./run-execution.js";
import {
  type DemoServer,
  ollamaUrlOf,
  type RunSetupFlags,
  runSetupOverrides,
  validateRunSetupFlags,
  withDemoServer,
} from "./run-setup.js";

/** What running a plan uses: harnesses, the tests of the test sources, scorers. */
const RUN_KINDS = ["harness", "test-source", "scorer"] as const;

interface FilterFlags {
  models?: string[];
  harnesses?: string[];
  tests?: string[];
  suite?: string[];
  passTypes?: string[];
  repeats?: number;
  concurrency?: number;
}

interface RunFlags extends FilterFlags, RunSetupFlags {
  cache: boolean;
  resources: boolean;
  resume?: string;
  rerun?: string;
  from?: string;
  json?: boolean;
  quiet?: boolean;
  grace?: number;
}

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

function toFilters(flags: FilterFlags): PlanFilters {
  return {
    models: flags.models,
    harnesses: flags.harnesses,
    tests: flags.tests,
    suites: flags.suite,
    passTypes: flags.passTypes,
  };
}

function toOverrides(flags: FilterFlags & Partial<Pick<RunFlags, "cache" | "resources">>): WrittenConfig {
  const overrides: WrittenConfig = {};
  if (flags.repeats !== undefined) overrides.repeats = flags.repeats;
  if (flags.concurrency !== undefined) overrides.concurrency = flags.concurrency;
  if (flags.cache === false) overrides.cache = false;
  if (flags.resources === false) overrides.resources = false;
  return overrides;
}

function hasFilters(flags: FilterFlags): boolean {
  return (
    [flags.models, flags.harnesses, flags.tests, flags.suite, flags.passTypes].some(
      (f) => f && f.length > 0,
    ) || flags.repeats !== undefined
  );
}

function validateRunFlags(flags: RunFlags): { rerun?: { mode: RerunMode; from: string } } {
  if (flags.resume && (flags.rerun || flags.from)) {
    throw argumentInvalid(
      "--resume",
      "cannot be combined with --rerun/--from",
      "Resume finishes an earlier run; --rerun starts a new one from another run's facts.",
    );
  }
  if (flags.resume && hasFilters(flags)) {
    throw argumentInvalid(
      "--resume",
      "keeps the run's own plan, so filters (--models, --tests, --repeats …) do not apply",
      "Drop the filters, or start a new run with them.",
    );
  }
  if (flags.from && !flags.rerun)
    throw argumentInvalid(
      "--from",
      "needs --rerun failed|errors|changed",
      "E.g. benchloop run --rerun failed --from latest.",
    );
  if (!flags.rerun) return {};
  if (!(RERUN_MODES as readonly string[]).includes(flags.rerun)) {
    throw argumentInvalid(
      "--rerun",
      `"${flags.rerun}" is not a rerun rule`,
      `Use one of: ${RERUN_MODES.join(", ")}.`,
    );
  }
  return { rerun: { mode: flags.rerun as RerunMode, from: flags.from ?? "latest" } };
}

function resultsDirOf(config: Config, cwd: string): string {
  return path.resolve(cwd, config.resultsDir);
}

async function loadPlainConfig(app: CliApp, command: Command): Promise<Config> {
  const globals = app.globals(command);
  const loaded = await loadConfig({
    cwd: app.cwd,
    file: globals.config,
    overrides: globals.resultsDir ? { resultsDir: globals.resultsDir } : {},
  });
  return loaded.config;
}

async function runCommand(app: CliApp, flags: RunFlags, command: Command): Promise<void> {
  const { rerun } = validateRunFlags(flags);
  validateRunSetupFlags(flags);
  const resumed =
    flags.resume && !flags.ollamaUrl ? await resumedDemo(app, flags.resume, command) : undefined;
  await withDemoServer(app.cwd, flags, (demo) => runWithContext(app, flags, command, rerun, demo), resumed);
}

/** The demo record of the run `--resume` names, when it was a demo; undefined otherwise. */
async function resumedDemo(
  app: CliApp,
  ref: string,
  command: Command,
): Promise<{ runId: string; marker: DemoMarker } | undefined> {
  const config = await loadPlainConfig(app, command);
  // A reference that names no run is reported by the resume itself.
  const run = await resolveRunRef({ resultsDir: resultsDirOf(config, app.cwd), ref, cwd: app.cwd }).catch(
    () => undefined,
  );
  const marker = run ? readDemoMarker(run.dir) : undefined;
  return run && marker ? { runId: run.runId, marker } : undefined;
}

async function runWithContext(
  app: CliApp,
  flags: RunFlags,
  command: Command,
  rerun: ReturnType<typeof validateRunFlags>["rerun"],
  demo: DemoServer | undefined,
): Promise<void> {
  const ctx = await app.loadContext(command, {
    overrides: { ...toOverrides(flags), ...runSetupOverrides(flags, demo) },
    agentOllamaUrl: ollamaUrlOf(flags, demo),
    kinds: RUN_KINDS,
    agentsAsked: flags.harnesses ?? [],
  });
  if (demo && !flags.json && !flags.quiet)
    app.io.out(`demo: ollama-sim at ${demo.url} with scripted models; results are labelled simulated\n`);
  try {
    const outcome = await executeRun(app, ctx, {
      output: flags.json ? "json" : flags.quiet ? "quiet" : "progress",
      graceSeconds: flags.grace,
      filters: toFilters(flags),
      resume: flags.resume,
      rerun,
      ...(demo
        ? {
            onStart: (runDir: string) =>
              writeDemoMarker(runDir, {
                url: demo.url,
                ...(flags.legacyRoots?.length ? { legacyRoots: flags.legacyRoots } : {}),
              }),
          }
        : {}),
    });
    if (!flags.json && flags.resume && outcome.executed === 0 && outcome.copied === 0)
      app.io.out(`Run ${outcome.runId} is already complete; nothing to resume.\n`);
    if (!flags.json)
      app.io.out(
        `${flags.quiet ? "" : "\n"}${renderRunSummary(outcome.run, outcome.dir, { planned: outcome.plan.items.length })}`,
      );
  } finally {
    await ctx.scope.dispose();
  }
}

async function readPastRuns(resultsDir: string, limit: number): Promise<Run[]> {
  const entries = listRuns(resultsDir)
    .filter((e) => e.status === "completed" || e.status === "interrupted")
    .slice(-limit);
  const runs: Run[] = [];
  for (const entry of entries) {
    const run = await readRun(path.join(resultsDir, entry.runId)).catch(() => undefined);
    if (run) runs.push(run);
  }
  return runs;
}

function countBy(values: Iterable<string>): Map<string, number> {
  const counts = new Map<string, number>();
  for (const value of values) counts.set(value, (counts.get(value) ?? 0) + 1);
  return counts;
}

/** Flags of `plan`: the filters, and where the models are served (as for `run`). */
type PlanFlags = FilterFlags & Pick<RunSetupFlags, "demo" | "ollamaUrl"> & { json?: boolean };

async function planCommand(
  app: CliApp,
  flags: PlanFlags,
  command: Command,
  demo: DemoServer | undefined,
): Promise<void> {
  const ctx = await app.loadContext(command, {
    overrides: { ...toOverrides(flags), ...runSetupOverrides(flags, demo) },
    agentOllamaUrl: ollamaUrlOf(flags, demo),
    kinds: RUN_KINDS,
    agentsAsked: flags.harnesses ?? [],
  });
  try {
    const { plan } = await buildPlan({
      config: ctx.config,
      writtenConfig: ctx.loaded.written,
      registry: ctx.registry,
      scope: ctx.scope,
      cwd: ctx.cwd,
      filters: toFilters(flags),
      plugins: toPluginRecords(ctx.plugins),
      logger: ctx.logger,
    });
    const estimate = estimatePlanDuration(plan, await readPastRuns(resultsDirOf(ctx.config, ctx.cwd), 5));
    const power = toPlanPower(plan.items);
    if (flags.json) {
      app.io.out(
        `${JSON.stringify({ items: plan.items.length, estimateMs: estimate?.totalMs ?? null, power, plan }, null, 2)}\n`,
      );
      return;
    }
    const models = [...new Set(plan.models.map((m) => m.name))];
    const suites = countBy(plan.tests.map((t) => t.suite));
    const passTypes = [...new Set(plan.items.map((i) => i.passType))];
    const rows = [
      ["models", String(models.length), models.join(", ")],
      [
        "harnesses",
        String(plan.harnesses.length),
        plan.harnesses.map((h) => `${h.id}@${h.version}`).join(", "),
      ],
      ["tests", String(plan.tests.length), [...suites].map(([suite, n]) => `${suite} ${n}`).join(", ")],
      ["pass types", String(passTypes.length), passTypes.join(", ")],
      ["repeats", String(plan.config.repeats), ""],
      ["items", String(plan.items.length), `concurrency ${plan.config.concurrency}`],
    ];
    app.io.out(
      renderTable(["dimension", "count", "values"], rows, { align: ["left", "right", "left"], maxWidth: 80 }),
    );
    app.io.out(
      estimate
        ? `estimated time: ~${formatDuration(estimate.totalMs, { compact: true })} (median item wall time of ${estimate.items} items in the last ${estimate.runs} run${estimate.runs === 1 ? "" : "s"})\n`
        : "estimated time: unknown (no past runs to measure from)\n",
    );
    if (plan.items.length > 0) app.io.out(describePlanPower(power));
    app.io.out(
      `${plan.simulated ? "simulated · " : ""}nothing was written; \`benchloop run\` with the same flags runs this plan.\n`,
    );
  } finally {
    await ctx.scope.dispose();
  }
}

function describeValue(value: unknown): string {
  return value === undefined ? "(none)" : typeof value === "string" ? value : JSON.stringify(value);
}

async function explainCommand(
  app: CliApp,
  itemKey: string,
  flags: { from?: string; json?: boolean } & RunSetupFlags,
  command: Command,
): Promise<void> {
  const parts = parseItemKey(itemKey);
  validateRunSetupFlags(flags);
  // The current plan is built as `run` with the same flags would build it (the demo's server included).
  await withDemoServer(app.cwd, flags, (demo) =>
    explainWithContext(app, itemKey, parts, flags, command, demo),
  );
}

async function explainWithContext(
  app: CliApp,
  itemKey: string,
  parts: ReturnType<typeof parseItemKey>,
  flags: { from?: string; json?: boolean } & RunSetupFlags,
  command: Command,
  demo: DemoServer | undefined,
): Promise<void> {
  const ctx = await app.loadContext(command, {
    overrides: runSetupOverrides(flags, demo),
    agentOllamaUrl: ollamaUrlOf(flags, demo),
    kinds: RUN_KINDS,
    agentsAsked: [parts.harness],
  });
  try {
    const source = await resolveRunRef({
      resultsDir: resultsDirOf(ctx.config, ctx.cwd),
      ref: flags.from ?? "latest",
      cwd: ctx.cwd,
    });
    const sourcePlan = await readPlan(source.dir);
    const current = await buildPlan({
      config: { ...ctx.config, repeats: Math.max(ctx.config.repeats, parts.repeat) },
      registry: ctx.registry,
      scope: ctx.scope,
      cwd: ctx.cwd,
      filters: {
        models: [parts.model],
        harnesses: [parts.harness],
        tests: [parts.test],
        passTypes: [parts.passType],
      },
    }).then(
      (built) => ({ plan: built.plan }),
      (error: unknown) => ({ error: error instanceof Error ? error.message : String(error) }),
    );
    const cache = createItemCache({ dir: path.resolve(ctx.cwd, ctx.config.cacheDir) });
    const explanation = explainCacheItem({
      cache,
      itemKey,
      source: { runId: source.runId, plan: sourcePlan },
      current,
    });
    if (flags.json) {
      app.io.out(`${JSON.stringify(explanation, null, 2)}\n`);
      return;
    }
    const lines = [
      `item ${itemKey}`,
      `  in run ${source.runId}: hash ${explanation.sourceHash.slice(0, 12)} (${explanation.sourceCached ? "generation cached" : "generation not cached"})`,
    ];
    if (explanation.currentHash) lines.push(`  now: hash ${explanation.currentHash.slice(0, 12)}`);
    const verdicts: Record<typeof explanation.verdict, string> = {
      hit: "✓ cache hit: the next run reuses the cached generation.",
      changed: "✗ cache miss: the item hash changed since that run:",
      "not-cached":
        "✗ cache miss: same hash as that run, but its generation is not cached (it failed, ran with --no-cache, or the cache was cleared).",
      "not-planned":
        "- the item is not in the current plan (its model, harness or test is filtered out or gone).",
      unknown: `? the current plan could not be built: ${explanation.reason ?? ""}`,
    };
    lines.push(verdicts[explanation.verdict]);
    for (const change of explanation.changes)
      lines.push(`    ${change.path}: ${describeValue(change.before)} → ${describeValue(change.after)}`);
    app.io.out(`${lines.join("\n")}\n`);
  } finally {
    await ctx.scope.dispose();
  }
}

function runStatusLabel(status: string, dir: string): string {
  if (status !== "running") return status;
  try {
    const pid = Number(readFileSync(path.join(dir, ".lock"), "utf8"));
    if (isProcessAlive(pid)) return "running";
    return "stopped (resumable)";
  } catch {
    return "stopped (resumable)";
  }
}

/** Adds `run`, `plan`, `cache` and `runs`. */
export function registerKernelCommands(program: Command, app: CliApp): void {
  addFilterOptions(
    program
      .command("run")
      .description("Run the benchmark matrix: plan, generate, score; writes results/<runId>/")
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
      .option(
        "--demo",
        "run against a built-in simulator (ollama-sim) with scripted models; no Ollama needed",
      )
      .option(
        "--ollama-url <url>",
        "Ollama address (sets harnesses.ollama.baseUrl; default OLLAMA_HOST or :11434)",
      )
      .option(
        "--legacy-roots <dirs>",
        "old project folders to build legacy tests from, comma-separated",
        list,
      )
      .option("--keep-snippets", "keep legacy source snippets in the results (off: only hashes are kept)")
      .option(
        "--judge <model>",
        "judge every scored answer with this model (scorers.judge holds its options)",
      ),
  ).action((flags: RunFlags, command: Command) => runCommand(app, flags, command));

  addFilterOptions(
    program
      .command("plan")
      .description(
        "Print the matrix a run would execute (counts per dimension, items, estimated time); writes nothing",
      ),
  )
    .option("--json", "print the plan as JSON")
    .option("--demo", "plan against the built-in simulator (ollama-sim), as `run --demo` would run")
    .option(
      "--ollama-url <url>",
      "Ollama address (sets harnesses.ollama.baseUrl; default OLLAMA_HOST or :11434)",
    )
    .action((flags: PlanFlags, command: Command) => {
      validateRunSetupFlags(flags);
      return withDemoServer(app.cwd, flags, (demo) => planCommand(app, flags, command, demo));
    });

  const cache = program.command("cache").description("Inspect or clear the generation and score cache");
  cache
    .command("stats")
    .description("Count the cache's entries and size")
    .option("--json", "print JSON")
    .action(async (flags: { json?: boolean }, command: Command) => {
      const config = await loadPlainConfig(app, command);
      const stats = await readCacheStats(path.resolve(app.cwd, config.cacheDir));
      if (flags.json) return app.io.out(`${JSON.stringify(stats, null, 2)}\n`);
      app.io.out(`${stats.entries} cached generations (with their scores), ${formatBytes(stats.bytes)}\n`);
      if (stats.replacedBytes > 0)
        app.io.out(
          `${formatBytes(stats.replacedBytes)} of replaced rows (\`benchloop cache compact\` frees them)\n`,
        );
      app.io.out(`cache: ${stats.dir}\n`);
    });
  cache
    .command("compact")
    .description(
      "Rewrite the cache keeping only the latest row of each entry (run it while no benchmark runs)",
    )
    .action(async (_flags: unknown, command: Command) => {
      const config = await loadPlainConfig(app, command);
      const compacted = await compactCache(path.resolve(app.cwd, config.cacheDir));
      app.io.out(
        `Freed ${formatBytes(compacted.freedBytes)}; ${compacted.entries} cached generations (${formatBytes(compacted.bytes)}) in ${compacted.dir}.\n`,
      );
    });
  cache
    .command("clear")
    .description("Remove every cache entry (runs are not touched)")
    .action(async (_flags: unknown, command: Command) => {
      const config = await loadPlainConfig(app, command);
      const removed = await clearCache(path.resolve(app.cwd, config.cacheDir));
      app.io.out(
        `Removed ${removed.entries} cached generations and their scores (${formatBytes(removed.bytes)}) from ${removed.dir}.\n`,
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
    .action((itemKey: string, flags: { from?: string; json?: boolean } & RunSetupFlags, command: Command) =>
      explainCommand(app, itemKey, flags, command),
    );

  program
    .command("runs")
    .description("List the runs in the results folder")
    .option("--json", "print JSON")
    .action(async (flags: { json?: boolean }, command: Command) => {
      const config = await loadPlainConfig(app, command);
      const resultsDir = resultsDirOf(config, app.cwd);
      const runs = listRuns(resultsDir);
      if (flags.json) return app.io.out(`${JSON.stringify(runs, null, 2)}\n`);
      if (runs.length === 0) return app.io.out(`No runs in ${resultsDir}.\n`);
      const rows = runs.map((r) => [
        r.runId,
        runStatusLabel(r.status, path.join(resultsDir, r.runId)),
        r.startedAt.replace("T", " ").slice(0, 19),
        r.done !== undefined && r.done !== r.items ? `${r.done}/${r.items}` : String(r.items),
        String(r.passed),
        r.simulated ? "yes" : "",
      ]);
      app.io.out(
        renderTable(["run", "status", "started (UTC)", "items", "passed", "simulated"], rows, {
          align: ["left", "left", "left", "right", "right", "left"],
        }),
      );
      for (const damaged of runs.filter((r) => r.problem))
        app.io.out(`! ${damaged.runId} is damaged: ${damaged.problem}\n`);
    });
}

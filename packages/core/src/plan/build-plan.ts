// Builds a plan: probes the harnesses, lists their models, loads every test source, applies the
// filters, and expands model × harness × test × pass type × repeat into items with keys and hashes.
// Order is fixed: models (as named, else by name), harnesses by id, tests by id, pass types, repeats.
import { type Config, PASS_TYPES, type PassType } from "../config/config-schema.js";
import { startCollectingEnvironment } from "../environment/collect-environment.js";
import type { Environment } from "../environment/environment.js";
import { pluginFailed } from "../errors/catalog.js";
import { harnessUnavailable, noHarnessAvailable, scorerMissing } from "../kernel/kernel-errors.js";
import type { ModelInfo } from "../model/model-info.js";
import { type BenchTest, BenchTestSchema } from "../plugin/bench-test.js";
import type { ComponentContext, ProbeResult, TestWish } from "../plugin/contracts.js";
import type { PluginReport } from "../plugin/discover-plugins.js";
import type { Registry, RegistryScope } from "../plugin/registry.js";
import { type Logger, SILENT_LOGGER } from "../plugin/services.js";
import { wishFulfilled } from "../plugin/test-wish.js";
import { redactUrlCredentialsIn } from "../plugin/url-credentials.js";
import { createItemHasher } from "./item-hash.js";
import { toItemKey } from "./item-key.js";
import { activeFilter, assertKnownNames, FILTER_FLAGS, type PlanFilters } from "./plan-filters.js";
import {
  PLAN_SCHEMA_VERSION,
  type Plan,
  type PlanItem,
  type PlannedTest,
  type PluginRecord,
} from "./plan-schema.js";

/** How long a probe or a model listing may take before the harness counts as unavailable. */
export const DEFAULT_PROBE_TIMEOUT_MS = 10_000;

/** Options of {@link buildPlan}. */
export interface BuildPlanOptions {
  config: Config;
  /** What the user wrote, recorded beside the resolved config. */
  writtenConfig?: unknown;
  registry: Registry;
  scope: RegistryScope;
  /** Working folder (git state, relative paths). */
  cwd: string;
  filters?: PlanFilters;
  /** Loaded plugins, recorded in the plan. */
  plugins?: readonly PluginRecord[];
  /** Run id to record; empty for a plan that is only printed. */
  runId?: string;
  /** Creation time (default now). */
  now?: Date;
  /** Environment to record (default: collected now). */
  environment?: Environment;
  signal?: AbortSignal;
  logger?: Logger;
  probeTimeoutMs?: number;
}

/** A plan with what running it needs beyond plan.json: the tests themselves and the probe results. */
export interface BuiltPlan {
  plan: Plan;
  /** Every planned test, by id. */
  tests: ReadonlyMap<string, BenchTest>;
  /** What each probed harness reported, by id. */
  probes: Readonly<Record<string, ProbeResult>>;
}

/** Plugin records for a plan from discovery reports (loaded plugins only). */
export function toPluginRecords(reports: readonly PluginReport[]): PluginRecord[] {
  return reports
    .filter((report) => report.status === "loaded")
    .map((report) => ({
      name: report.name,
      version: report.version,
      kinds: [...report.kinds],
      origin: report.origin,
    }));
}

function context(signal: AbortSignal | undefined, timeoutMs: number, logger: Logger): ComponentContext {
  const timeout = AbortSignal.timeout(timeoutMs);
  return { signal: signal ? AbortSignal.any([signal, timeout]) : timeout, logger };
}

async function probeHarnesses(
  ids: readonly string[],
  options: BuildPlanOptions,
): Promise<Record<string, ProbeResult>> {
  const timeoutMs = options.probeTimeoutMs ?? DEFAULT_PROBE_TIMEOUT_MS;
  const logger = options.logger ?? SILENT_LOGGER;
  const results = await Promise.all(
    ids.map(async (id): Promise<ProbeResult> => {
      try {
        const harness = options.scope.get("harness", id);
        const ctx = context(options.signal, timeoutMs, logger);
        return await raceAbort(harness.probe(ctx), ctx.signal, `probe took longer than ${timeoutMs} ms`);
      } catch (error) {
        return {
          available: false,
          reason: `probe failed: ${error instanceof Error ? error.message : String(error)}`,
        };
      }
    }),
  );
  return Object.fromEntries(ids.map((id, i) => [id, results[i]!]));
}

function raceAbort<T>(promise: Promise<T>, signal: AbortSignal, reason: string): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => reject(new Error(reason));
    if (signal.aborted) return onAbort();
    signal.addEventListener("abort", onAbort, { once: true });
    promise.then(resolve, reject).finally(() => signal.removeEventListener("abort", onAbort));
  });
}

function harnessConfig(options: BuildPlanOptions, id: string): unknown {
  const raw = (options.config.harnesses as Record<string, unknown>)[id];
  const schema = options.registry.entry("harness", id).options.configSchema;
  if (!schema) return raw ?? {};
  const parsed = schema.safeParse(raw ?? {});
  return parsed.success ? parsed.data : (raw ?? {});
}

async function chooseHarnesses(
  options: BuildPlanOptions,
): Promise<{ used: string[]; probes: Record<string, ProbeResult> }> {
  const entries = options.registry.list("harness");
  const registered = entries.map((entry) => entry.id);
  // Agent harnesses are slow and spawn processes: they run when asked for by name, never by default.
  const byDefault = entries.filter((entry) => !entry.options.capabilities?.agent).map((entry) => entry.id);
  const fromFlag = activeFilter(options.filters?.harnesses);
  const fromConfig = Object.keys(options.config.harnesses);
  if (fromFlag) assertKnownNames("harness", fromFlag, registered, FILTER_FLAGS.harnesses);
  if (fromConfig.length > 0) assertKnownNames("harness", fromConfig, registered, "config `harnesses`");
  const asked = fromFlag ?? (fromConfig.length > 0 ? fromConfig : undefined);
  const candidates = [...(asked ?? byDefault)].sort();
  const probes = await probeHarnesses(candidates, options);
  if (asked) {
    const down = Object.fromEntries(Object.entries(probes).filter(([, probe]) => !probe.available));
    if (Object.keys(down).length > 0)
      throw harnessUnavailable(down, fromFlag ? FILTER_FLAGS.harnesses : "config `harnesses`");
    return { used: candidates, probes };
  }
  const used = candidates.filter((id) => probes[id]?.available);
  if (used.length === 0) throw noHarnessAvailable(probes);
  return { used, probes };
}

/** A logger that holds what it is told until {@link createHeldLogger} `release` hands it on. */
interface HeldLogger extends Logger {
  /** Writes what was held to `target`, in order; later calls go straight to it. */
  release(target: Logger): void;
}

function createHeldLogger(): HeldLogger {
  let held: [level: keyof Logger, message: string, fields?: Record<string, unknown>][] | undefined = [];
  let target: Logger | undefined;
  const log =
    (level: keyof Logger) =>
    (message: string, fields?: Record<string, unknown>): void => {
      if (target) target[level](message, fields);
      else held?.push([level, message, fields]);
    };
  return {
    debug: log("debug"),
    info: log("info"),
    warn: log("warn"),
    error: log("error"),
    release(to) {
      for (const [level, message, fields] of held ?? []) to[level](message, fields);
      held = undefined;
      target = to;
    },
  };
}

type LoadOptions = Pick<BuildPlanOptions, "registry" | "scope" | "config" | "signal" | "logger">;

/**
 * Starts every test source's `load` at once, each logging into a held logger: what the sources
 * deliver is then checked source by source in registry order ({@link collectTests}), so warnings and
 * errors come out as if the sources had loaded one after the other.
 */
function startLoadingTests(options: LoadOptions, wanted?: TestWish) {
  return options.registry.list("test-source").map((entry) => {
    const logger = createHeldLogger();
    const loaded = (async () => {
      const source = options.scope.get("test-source", entry.id);
      const ctx = context(options.signal, 120_000, logger);
      const sourceOptions = (options.config.sources as Record<string, unknown>)[entry.id] ?? {};
      return source.load(wanted ? { options: sourceOptions, wanted } : { options: sourceOptions }, ctx);
    })().then(
      (tests) => ({ tests }),
      (error: unknown) => ({ error }),
    );
    return { entry, logger, loaded };
  });
}

async function collectTests(
  loading: ReturnType<typeof startLoadingTests>,
  options: LoadOptions,
  logger: Logger = options.logger ?? SILENT_LOGGER,
): Promise<BenchTest[]> {
  const all: BenchTest[] = [];
  const origin = new Map<string, string>();
  for (const { entry, logger: held, loaded } of loading) {
    held.release(logger);
    const configured = Object.hasOwn(options.config.sources, entry.id);
    const outcome: { tests?: BenchTest[]; error?: unknown } = await loaded;
    if (!outcome.tests) {
      const failure = pluginFailed(entry.plugin, "test-source", entry.id, "load", outcome.error);
      if (configured) throw failure;
      logger.warn(`${failure.message}; its tests are left out`);
      continue;
    }
    for (const test of outcome.tests) {
      const parsed = BenchTestSchema.safeParse(test);
      if (!parsed.success) {
        const issue = parsed.error.issues[0];
        throw pluginFailed(
          entry.plugin,
          "test-source",
          entry.id,
          "load",
          new Error(
            `test "${String((test as { id?: unknown }).id)}" is invalid at ${issue?.path.join(".") || "its root"}: ${issue?.message}`,
          ),
        );
      }
      const other = origin.get(parsed.data.id);
      if (other !== undefined) {
        throw pluginFailed(
          entry.plugin,
          "test-source",
          entry.id,
          "load",
          new Error(
            `test id "${parsed.data.id}" is also delivered by test source "${other}"; test ids must be unique`,
          ),
        );
      }
      origin.set(parsed.data.id, entry.id);
      all.push(parsed.data);
    }
  }
  return all;
}

/**
 * Loads every test source's tests (validated; ids unique across sources). A source that fails is left
 * out with a warning unless the config names it in `sources`. The sources load at once; their warnings
 * and errors come out in registry order.
 * @throws PLUGIN_FAILED for a configured source that fails, an invalid test, or a duplicate test id
 */
export async function loadTests(options: LoadOptions): Promise<BenchTest[]> {
  return collectTests(startLoadingTests(options), options);
}

/** The tests the run names (flags, else config), as the hint its test sources get; undefined for all. */
function wishOf(options: BuildPlanOptions): TestWish | undefined {
  const suites = activeFilter(options.filters?.suites) ?? activeFilter(options.config.suites);
  const tests = activeFilter(options.filters?.tests) ?? activeFilter(options.config.tests);
  if (!suites && !tests) return undefined;
  return { ...(tests ? { tests } : {}), ...(suites ? { suites } : {}) };
}

/**
 * Starts loading the tests, with the run's wish as a hint when it names tests or suites; `collect`
 * then gives them. When what the hinted sources delivered lacks a name the run asked for, every
 * source loads again without the hint (its logs held back are dropped), so the unknown name is
 * reported with every valid one.
 */
function startLoadingWantedTests(options: BuildPlanOptions) {
  const wanted = wishOf(options);
  const loading = startLoadingTests(options, wanted);
  const collect = async (): Promise<BenchTest[]> => {
    if (!wanted) return collectTests(loading, options);
    const held = createHeldLogger();
    let tests: BenchTest[];
    try {
      tests = await collectTests(loading, options, held);
    } catch (error) {
      held.release(options.logger ?? SILENT_LOGGER);
      throw error;
    }
    if (!wishFulfilled(wanted, tests)) return collectTests(startLoadingTests(options), options);
    held.release(options.logger ?? SILENT_LOGGER);
    return tests;
  };
  return { collect };
}

function selectTests(tests: readonly BenchTest[], options: BuildPlanOptions): BenchTest[] {
  const suites = activeFilter(options.filters?.suites) ?? activeFilter(options.config.suites);
  const ids = activeFilter(options.filters?.tests) ?? activeFilter(options.config.tests);
  const suiteFlag = activeFilter(options.filters?.suites) ? FILTER_FLAGS.suites : "config `suites`";
  const testFlag = activeFilter(options.filters?.tests) ? FILTER_FLAGS.tests : "config `tests`";
  if (suites)
    assertKnownNames(
      "suite",
      suites,
      tests.map((t) => t.suite),
      suiteFlag,
    );
  if (ids)
    assertKnownNames(
      "test",
      ids,
      tests.map((t) => t.id),
      testFlag,
    );
  const suiteSet = suites ? new Set(suites) : undefined;
  const idSet = ids ? new Set(ids) : undefined;
  return tests
    .filter((test) => (!suiteSet || suiteSet.has(test.suite)) && (!idSet || idSet.has(test.id)))
    .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

function assertScorers(tests: readonly BenchTest[], registry: Registry): void {
  const missing = new Map<string, string[]>();
  for (const test of tests) {
    if (registry.has("scorer", test.scorer)) continue;
    missing.set(test.scorer, [...(missing.get(test.scorer) ?? []), test.id]);
  }
  const first = [...missing.entries()][0];
  if (first)
    throw scorerMissing(
      first[0],
      first[1],
      registry.list("scorer").map((e) => e.id),
    );
}

/** The models the run names (flag, else config); undefined when it uses every model listed. */
function namedModels(options: BuildPlanOptions): readonly string[] | undefined {
  return activeFilter(options.filters?.models) ?? activeFilter(options.config.models);
}

/**
 * The name Ollama reads an untagged model name as (`qwen3` → `qwen3:latest`); undefined when the
 * name has a tag.
 */
function latestOf(name: string): string | undefined {
  return name.slice(name.lastIndexOf("/") + 1).includes(":") ? undefined : `${name}:latest`;
}

/** Each named model as listed: the name itself when served, else its `:latest` when that is. */
function resolveModelNames(
  named: readonly string[],
  served: ReadonlyMap<string, unknown>,
): readonly string[] {
  return named.map((name) => {
    if (served.has(name)) return name;
    const latest = latestOf(name);
    return latest && served.has(latest) ? latest : name;
  });
}

/**
 * Lists the models of each used harness: only `names` (and their `:latest` spellings) when given,
 * else every model.
 */
async function listModels(
  used: readonly string[],
  options: BuildPlanOptions,
  names: readonly string[] | undefined,
): Promise<Map<string, ModelInfo[] | undefined>> {
  const timeoutMs = options.probeTimeoutMs ?? DEFAULT_PROBE_TIMEOUT_MS;
  const logger = options.logger ?? SILENT_LOGGER;
  const asked = names ? [...new Set(names.flatMap((name) => [name, latestOf(name) ?? name]))] : undefined;
  const query = asked ? { names: asked } : {};
  const lists = await Promise.all(
    used.map(async (id) => {
      const harness = options.scope.get("harness", id);
      if (!harness.listModels) return undefined;
      const entry = options.registry.entry("harness", id);
      const ctx = context(options.signal, timeoutMs, logger);
      try {
        return await raceAbort(
          harness.listModels(ctx, query),
          ctx.signal,
          `listing models took longer than ${timeoutMs} ms`,
        );
      } catch (error) {
        throw pluginFailed(entry.plugin, "harness", id, "listModels", error);
      }
    }),
  );
  return new Map(used.map((id, i) => [id, lists[i]]));
}

function choosePassTypes(options: BuildPlanOptions): PassType[] {
  const asked = activeFilter(options.filters?.passTypes);
  if (asked) assertKnownNames("pass type", asked, PASS_TYPES, FILTER_FLAGS.passTypes);
  const wanted = new Set<string>(asked ?? options.config.passTypes);
  return PASS_TYPES.filter((type) => wanted.has(type));
}

/**
 * Builds the plan of a run (or of `benchloop plan`). Does no writing.
 * @throws NAME_UNKNOWN for a filter naming nothing that exists (the message lists the valid names),
 * HARNESS_UNAVAILABLE / NO_HARNESS_AVAILABLE with every probe's reason, PLUGIN_FAILED for a test source
 * or model listing that failed
 */
export async function buildPlan(options: BuildPlanOptions): Promise<BuiltPlan> {
  const { config } = options;
  // Tests load and git is asked while the harnesses are probed (the probes' requests go out first);
  // what the sources log is held until the probes have passed, so a run that stops at an unavailable
  // harness prints what it did before.
  const choosing = chooseHarnesses(options);
  const loading = startLoadingWantedTests(options);
  const environmentFor = options.environment
    ? () => Promise.resolve(options.environment!)
    : startCollectingEnvironment({ cwd: options.cwd, config });
  const { used, probes } = await choosing;
  const [listed, loadedTests] = await Promise.all([
    listModels(used, options, namedModels(options)),
    loading.collect(),
  ]);

  const tests = selectTests(loadedTests, options);
  assertScorers(tests, options.registry);
  const passTypes = choosePassTypes(options);

  // Models: as named (flag, else config; untagged names as `:latest`), else every model a harness
  // lists, by name.
  const servedBy = new Map<string, Map<string, ModelInfo>>();
  for (const [harness, models] of listed) {
    for (const model of models ?? []) {
      const byHarness = servedBy.get(model.name) ?? new Map<string, ModelInfo>();
      byHarness.set(harness, model);
      servedBy.set(model.name, byHarness);
    }
  }
  const asNamed = namedModels(options);
  const named = asNamed ? resolveModelNames(asNamed, servedBy) : undefined;
  const openHarnesses = used.filter((id) => listed.get(id) === undefined);
  if (named && openHarnesses.length === 0 && named.some((name) => !servedBy.has(name))) {
    // The listing asked only for the named models: list them all to say which exist.
    const everything = await listModels(used, options, undefined);
    const served = new Set([...everything.values()].flatMap((models) => (models ?? []).map((m) => m.name)));
    assertKnownNames(
      "model",
      named,
      served,
      activeFilter(options.filters?.models) ? FILTER_FLAGS.models : "config `models`",
    );
  }
  const modelNames = named ? [...new Set(named)] : [...servedBy.keys()].sort();
  const pairs: { model: ModelInfo; harness: string }[] = [];
  for (const name of modelNames) {
    for (const harness of used) {
      const known = servedBy.get(name)?.get(harness);
      if (known) pairs.push({ model: known, harness });
      else if (named && listed.get(harness) === undefined) pairs.push({ model: { name }, harness });
    }
  }

  const harnessRecords = used.map((id) => {
    const entry = options.registry.entry("harness", id);
    // Credentials in a base URL are neither recorded nor part of the item hashes.
    const config = redactUrlCredentialsIn(harnessConfig(options, id));
    return { id, version: entry.version, plugin: entry.plugin, config };
  });
  const plannedTests: PlannedTest[] = tests.map((t) => ({
    id: t.id,
    version: t.version,
    source: t.source,
    suite: t.suite,
    contentHash: t.contentHash,
    scorer: t.scorer,
  }));
  const models = pairs.map(({ model, harness }) => ({ ...model, harness }));
  const hasher = createItemHasher({ config, models, harnesses: harnessRecords, tests: plannedTests });

  const items: PlanItem[] = [];
  for (const { model, harness } of pairs) {
    for (const test of tests) {
      for (const passType of passTypes) {
        for (let repeat = 1; repeat <= config.repeats; repeat++) {
          const parts = { model: model.name, harness, test: test.id, passType, repeat };
          items.push({ key: toItemKey(parts), hash: hasher.hash(parts), ...parts });
        }
      }
    }
  }

  const usedProbes = Object.fromEntries(used.map((id) => [id, probes[id]!]));
  const environment = await environmentFor(probes);
  const simulated =
    Object.values(usedProbes).some((p) => p.simulated === true) || models.some((m) => m.simulated === true);
  const plan: Plan = {
    schemaVersion: PLAN_SCHEMA_VERSION,
    runId: options.runId ?? "",
    createdAt: (options.now ?? new Date()).toISOString(),
    simulated,
    config: redactUrlCredentialsIn(config),
    ...(options.writtenConfig === undefined
      ? {}
      : { writtenConfig: redactUrlCredentialsIn(options.writtenConfig) }),
    environment: redactUrlCredentialsIn(environment),
    plugins: [...(options.plugins ?? [])],
    harnesses: harnessRecords,
    models,
    tests: plannedTests,
    items,
  };
  return { plan, tests: new Map(tests.map((t) => [t.id, t])), probes };
}

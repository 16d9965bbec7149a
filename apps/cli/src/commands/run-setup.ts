// What `run` and `dev-cycle` share before the kernel starts: config overrides from their flags
// (--ollama-url, --legacy-roots, --keep-snippets, --judge), the in-process simulator of `--demo`, and
// the judge stage, which the registry's `judge` scorer provides.
import type { JudgeStage, WrittenConfig } from "@benchloop/core";
import { argumentInvalid, nameUnknown } from "@benchloop/core";
import { loadDemoAnswerBook } from "../builtins.js";
import type { CommandContext } from "../context.js";
import type { DemoMarker } from "../demo/demo-marker.js";

/** Flags that set config values for a run. */
export interface RunSetupFlags {
  demo?: boolean;
  ollamaUrl?: string;
  legacyRoots?: string[];
  keepSnippets?: boolean;
  judge?: string;
  /** Test ids the user named (`--tests`): a demo then runs them instead of its sample. */
  tests?: string[];
}

/** The scripted models a demo runs: a correct one, a buggy one, a thinker and one that answers in prose. */
export const DEMO_MODELS = [
  "sim/oracle:latest",
  "sim/sloppy:latest",
  "sim/thinker:latest",
  "sim/prose:latest",
];

/**
 * The coding tests a demo runs: the original eleven and one or two of every other kind (edit tasks, a
 * seeded family, hard tasks, Python), so a demo shows the whole catalog's shape in seconds instead of
 * running its ~200 tests four times. A real run, or a demo given `--tests`, takes every test asked for.
 */
export const DEMO_CODING_TESTS = [
  "calculator-basic",
  "calculator-stateful",
  "csv-parser",
  "event-emitter",
  "expression-evaluator",
  "interval-merge",
  "lru-cache",
  "rate-limiter",
  "semver-compare",
  "smoke",
  "todo-app",
  "edit-bank-transfer",
  "edit-retry",
  "family-tiered-pricing.s1",
  "hard-undo-redo",
  "py-word-frequency",
  "py-edit-retry",
];

/** Modelled time runs this much faster in a demo, so a demo takes seconds and keeps realistic ratios. */
export const DEMO_LATENCY_SCALE = 0.02;

/** A simulator started for `--demo`; `close` stops it. */
export interface DemoServer {
  url: string;
  close(): Promise<void>;
}

/** Refuses flag combinations that contradict each other. @throws ARGUMENT_INVALID */
export function validateRunSetupFlags(flags: RunSetupFlags): void {
  if (flags.ollamaUrl && flags.demo)
    throw argumentInvalid(
      "--ollama-url",
      "cannot be combined with --demo",
      "--demo starts its own simulator; drop one of the two.",
    );
}

/** Config values from the run flags (merged over the config file, like every flag). */
export function runSetupOverrides(flags: RunSetupFlags, demo?: DemoServer): WrittenConfig {
  const overrides: WrittenConfig = {};
  const ollamaUrl = demo?.url ?? flags.ollamaUrl;
  if (ollamaUrl) overrides.harnesses = { ollama: { baseUrl: ollamaUrl } };
  if (demo) overrides.models = DEMO_MODELS;
  const legacy: Record<string, unknown> = {};
  if (flags.legacyRoots && flags.legacyRoots.length > 0) legacy.roots = flags.legacyRoots;
  if (flags.keepSnippets) legacy.keepSnippets = true;
  const sources: Record<string, Record<string, unknown>> = {};
  if (Object.keys(legacy).length > 0) sources.legacy = legacy;
  if (demo && !flags.tests?.length) sources.coding = { tests: DEMO_CODING_TESTS };
  if (Object.keys(sources).length > 0) overrides.sources = sources;
  if (flags.judge) overrides.judge = { model: flags.judge };
  return overrides;
}

/** The Ollama address the run flags give (the demo's simulator, else `--ollama-url`), if any. */
export function ollamaUrlOf(flags: Pick<RunSetupFlags, "ollamaUrl">, demo?: DemoServer): string | undefined {
  return demo?.url ?? flags.ollamaUrl;
}

/**
 * The loopback port the demo server prefers: the same address every time keeps the items' hashes (the
 * harness's `baseUrl` is in them), so a second `run --demo` is served from the cache.
 */
export const DEMO_PORT = 11435;

/**
 * Starts ollama-sim on loopback with the demo answer book: reference and flawed answers of the coding
 * tests, the live pack and, given legacy roots, the legacy cases built from them. It listens on
 * {@link DEMO_PORT}, or on a free port when that one is taken (the run then misses the cache).
 */
export async function startDemoServer(cwd: string, legacyRoots?: string[]): Promise<DemoServer> {
  const { startSim } = await import("@benchloop/ollama-sim");
  const answers = await loadDemoAnswerBook(cwd, { legacyRoots });
  const options = { latencyScale: DEMO_LATENCY_SCALE, answers };
  const sim = await startSim({ ...options, port: DEMO_PORT }).catch((error: NodeJS.ErrnoException) => {
    if (error.code !== "EADDRINUSE" && error.code !== "EACCES") throw error;
    return startSim(options);
  });
  return { url: sim.url, close: () => sim.close() };
}

/**
 * Starts the simulator of a demo run being resumed, at the address the run recorded (its plan points
 * there), with the same answer book.
 * @throws ARGUMENT_INVALID when that port is taken
 */
export async function restartDemoServer(cwd: string, runId: string, marker: DemoMarker): Promise<DemoServer> {
  const { startSim } = await import("@benchloop/ollama-sim");
  const answers = await loadDemoAnswerBook(cwd, { legacyRoots: marker.legacyRoots });
  const address = new URL(marker.url);
  const sim = await startSim({
    latencyScale: DEMO_LATENCY_SCALE,
    answers,
    host: address.hostname,
    port: Number(address.port),
  }).catch((error: NodeJS.ErrnoException) => {
    if (error.code !== "EADDRINUSE" && error.code !== "EACCES") throw error;
    throw argumentInvalid(
      `--resume ${runId}`,
      `run ${runId} is a demo whose simulator listened at ${marker.url}, and that address is taken now (${error.code})`,
      "Stop what listens there (another `run --demo`?) and resume again; or start a new demo run with `benchloop run --demo`.",
    );
  });
  return { url: sim.url, close: () => sim.close() };
}

/**
 * Runs `body` with the demo server when `flags.demo` asks for one, or with the restarted server of a
 * `resumed` demo run (else with undefined), and stops the server afterwards whatever happens.
 */
export async function withDemoServer<T>(
  cwd: string,
  flags: Pick<RunSetupFlags, "demo" | "legacyRoots">,
  body: (demo: DemoServer | undefined) => Promise<T>,
  resumed?: { runId: string; marker: DemoMarker },
): Promise<T> {
  const demo = resumed
    ? await restartDemoServer(cwd, resumed.runId, resumed.marker)
    : flags.demo
      ? await startDemoServer(cwd, flags.legacyRoots)
      : undefined;
  try {
    return await body(demo);
  } finally {
    await demo?.close();
  }
}

/** The scorer whose judge stage a run with a judge model uses. */
const JUDGE_SCORER = "judge";

/**
 * The judge stage of a run when the config (or `--judge`) names a judge model: the registry's `judge`
 * scorer builds it from its `scorers.judge` options (server, backend, key variable). Undefined when no
 * judge is asked for.
 * @throws NAME_UNKNOWN when no installed scorer can judge; CONFIG_INVALID when the judge options are invalid
 */
export async function createJudgeStage(ctx: CommandContext): Promise<JudgeStage | undefined> {
  if (!ctx.config.judge) return undefined;
  const { model, harness } = ctx.config.judge;
  const scorer = ctx.registry.has("scorer", JUDGE_SCORER) ? ctx.scope.get("scorer", JUDGE_SCORER) : undefined;
  if (!scorer?.judgeStage)
    throw nameUnknown(
      "judge scorer",
      [JUDGE_SCORER],
      ctx.registry.list("scorer").map((e) => e.id),
      "judge.model / --judge",
    );
  const ollama = (ctx.config.harnesses as Record<string, { baseUrl?: string } | undefined>).ollama;
  return scorer.judgeStage({ model, harness, ollamaUrl: ollama?.baseUrl, cache: ctx.config.cache });
}

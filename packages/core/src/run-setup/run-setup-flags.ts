// What `run`, `plan`, `cache explain` and `dev-cycle` share before the kernel starts: config overrides
// from their flags (--ollama-url, --legacy-roots, --keep-snippets, --judge, --repair, --demo), and the demo's
// fixed choices (scripted models, a sample of the coding catalog, a fast clock, a stable port).
import type { WrittenConfig } from "../config/config-schema.js";
import { argumentInvalid } from "../errors/catalog.js";

/** Flags that set config values for a run. */
export interface RunSetupFlags {
  demo?: boolean;
  ollamaUrl?: string;
  legacyRoots?: string[];
  keepSnippets?: boolean;
  judge?: string;
  /**
   * Repair rounds for failed answers (`--repair [n]`): true for one round, a number for that many.
   * Sets the config's `repair.attempts`.
   */
  repair?: boolean | number;
  /** Test ids the user named (`--tests`): a demo then runs them instead of its sample. */
  tests?: string[];
  /** `--queue`: run the items on workers through the Redis at this URL (the `bullmq` executor). */
  queue?: string;
}

/** The scripted models a demo runs: a correct one, a buggy one, a thinker and one that answers in prose. */
export const DEMO_MODELS = [
  "sim/oracle:latest",
  "sim/sloppy:latest",
  "sim/thinker:latest",
  "sim/prose:latest",
];

/**
 * The scripted models a demo adds when it repairs (`run --demo --repair`): one that fixes its answer once
 * it sees its failing checks (0 % → 100 %), and one that never does (unchanged).
 */
export const DEMO_REPAIR_MODELS = ["sim/repairer:latest", "sim/stubborn:latest"];

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

/**
 * The loopback port the demo server prefers: the same address every time keeps the items' hashes (the
 * harness's `baseUrl` is in them), so a second `run --demo` is served from the cache.
 */
export const DEMO_PORT = 11435;

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
  if (demo) overrides.models = flags.repair ? [...DEMO_MODELS, ...DEMO_REPAIR_MODELS] : DEMO_MODELS;
  const legacy: Record<string, unknown> = {};
  if (flags.legacyRoots && flags.legacyRoots.length > 0) legacy.roots = flags.legacyRoots;
  if (flags.keepSnippets) legacy.keepSnippets = true;
  const sources: Record<string, Record<string, unknown>> = {};
  if (Object.keys(legacy).length > 0) sources.legacy = legacy;
  if (demo && !flags.tests?.length) sources.coding = { tests: DEMO_CODING_TESTS };
  if (Object.keys(sources).length > 0) overrides.sources = sources;
  if (flags.judge) overrides.judge = { model: flags.judge };
  if (flags.repair) overrides.repair = { attempts: flags.repair === true ? 1 : flags.repair };
  if (flags.queue) overrides.executor = { kind: "bullmq", url: flags.queue };
  return overrides;
}

/** The Ollama address the run flags give (the demo's simulator, else `--ollama-url`), if any. */
export function ollamaUrlOf(flags: Pick<RunSetupFlags, "ollamaUrl">, demo?: DemoServer): string | undefined {
  return demo?.url ?? flags.ollamaUrl;
}

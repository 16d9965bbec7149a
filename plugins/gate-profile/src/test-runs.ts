// Test helper (left out of the build): real runs made by core's kernel with the scripted fake plugin,
// and the real plebdev-bench run read through core's migration chain.
import { type ItemResult, type Run, readRunFile, runBenchmark, summarizeRun } from "@benchloop/core";
import { createFakeWorkspace, type FakeItemScript } from "@benchloop/core/testing";

/** The real 408-item plebdev-bench run (17 models × 3 harnesses × 4 tests × 2 pass types). */
export const PLEBDEV_RUN_FILE = new URL(
  "../../../fixtures/external/plebdev-bench/20260125-121851-fbba6f/run.json",
  import.meta.url,
).pathname;

/** The real Muninn promotion policy. */
export const MUNINN_POLICY_FILE = new URL(
  "../../../fixtures/external/muninn/ollama_profile_promotion_policy.json",
  import.meta.url,
).pathname;

/** Reads the plebdev-bench run as a benchloop run. */
export async function readPlebdevRun(): Promise<Run> {
  return (await readRunFile(PLEBDEV_RUN_FILE)).run;
}

/** What {@link makeRun} runs. */
export interface MakeRunOptions {
  models: readonly string[];
  /** Tests t-01 … t-NN; suites are given round robin. */
  tests: number;
  suites?: readonly string[];
  passTypes?: ("blind" | "informed")[];
  /** Scripts one item (pass by default; wall time 1000 ms unless set). */
  script?(item: { model: string; test: string; index: number }): FakeItemScript | undefined;
}

/** Runs the fake harness through the real kernel and returns the run (its folder removed). */
export async function makeRun(options: MakeRunOptions): Promise<Run> {
  const ws = await createFakeWorkspace({
    script: ({ model, test }) => ({
      wallMs: 1000,
      ...options.script?.({ model, test, index: Number(test.slice(2)) }),
    }),
  });
  try {
    const config = ws.config({
      passTypes: options.passTypes ?? ["blind"],
      retries: { max: 0, baseDelayMs: 1, maxDelayMs: 1 },
      sources: { "fake-tests": { count: options.tests, suites: [...(options.suites ?? ["live"])] } },
      harnesses: { fake: { models: options.models.map((name) => ({ name })) } },
    });
    const outcome = await runBenchmark({
      config,
      registry: ws.registry,
      scope: ws.scope(config),
      cwd: ws.dir,
    });
    return outcome.run;
  } finally {
    await ws.cleanup();
  }
}

/** A copy of `run` whose items went through `change` (facts changed on purpose, for a test). */
export function withItems(run: Run, change: (item: ItemResult) => ItemResult): Run {
  const items = run.items.map((item) => change(structuredClone(item)));
  return { ...run, items, summary: summarizeRun(items) };
}

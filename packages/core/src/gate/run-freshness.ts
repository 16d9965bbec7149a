// `dev-cycle --defer-benchmarks --from <run>` reuses finished runs only when they are still evidence
// for today's tests: each test's content hash (and version) in the run's plan must match the test as
// loaded now, and the run must be younger than --max-age (from its recorded end time, not file mtimes).
import type { Config } from "../config/config-schema.js";
import { argumentInvalid } from "../errors/catalog.js";
import { loadTests } from "../plan/build-plan.js";
import type { Plan } from "../plan/plan-schema.js";
import type { BenchTest } from "../plugin/bench-test.js";
import type { Registry, RegistryScope } from "../plugin/registry.js";
import type { Logger } from "../plugin/services.js";
import type { Run } from "../results/run-schema.js";

/** A run to reuse and its plan (absent when its folder has no plan.json). */
export interface ReusedRun {
  run: Run;
  plan?: Plan;
}

/** Why a run cannot be reused; empty when it can. */
export interface ReuseProblems {
  runId: string;
  problems: string[];
}

/** Checks one run against the tests loaded now and the age limit. */
export function checkRunFreshness(
  input: ReusedRun,
  current: readonly BenchTest[],
  options: { maxAgeMs: number; now: number },
): ReuseProblems {
  const { run, plan } = input;
  const problems: string[] = [];
  if (run.status !== "completed") problems.push(`its status is ${run.status}, not completed`);
  const ended = Date.parse(run.endedAt);
  const age = options.now - ended;
  if (!Number.isFinite(ended)) problems.push("it records no valid end time");
  else if (age > options.maxAgeMs)
    problems.push(
      `it ended ${(age / 86_400_000).toFixed(1)} days ago (${run.endedAt}), older than --max-age ${(options.maxAgeMs / 86_400_000).toFixed(1)} days`,
    );
  if (!plan) problems.push("its folder has no plan.json, so the tests it ran cannot be checked");
  else problems.push(...testChanges(plan, current));
  return { runId: run.runId, problems };
}

function testChanges(plan: Plan, current: readonly BenchTest[]): string[] {
  const now = new Map(current.map((test) => [test.id, test]));
  const changed: string[] = [];
  const gone: string[] = [];
  for (const test of plan.tests) {
    const found = now.get(test.id);
    if (!found) gone.push(test.id);
    else if (found.contentHash !== test.contentHash || found.version !== test.version) changed.push(test.id);
  }
  const problems: string[] = [];
  const list = (ids: string[]) =>
    `${ids.slice(0, 5).join(", ")}${ids.length > 5 ? ` and ${ids.length - 5} more` : ""}`;
  if (changed.length > 0)
    problems.push(`${changed.length} test(s) changed since (content hash differs): ${list(changed)}`);
  if (gone.length > 0) problems.push(`${gone.length} test(s) no longer exist: ${list(gone)}`);
  return problems;
}

/**
 * Refuses to reuse runs that are stale, naming each problem.
 * @throws ARGUMENT_INVALID listing every stale run and why
 */
export function assertRunsFresh(checks: readonly ReuseProblems[]): void {
  const stale = checks.filter((check) => check.problems.length > 0);
  if (stale.length === 0) return;
  const lines = stale.flatMap((check) => [`run ${check.runId}:`, ...check.problems.map((p) => `  - ${p}`)]);
  throw argumentInvalid(
    "--from",
    `cannot reuse ${stale.length === 1 ? "this run" : "these runs"} as evidence:\n${lines.join("\n")}`,
    "Run dev-cycle without --defer-benchmarks to benchmark again, or raise --max-age if only the age is the problem.",
  );
}

/** Parses `--max-age` (days, may be fractional). @throws ARGUMENT_INVALID */
export function parseMaxAgeDays(value: string): number {
  const days = Number(value);
  if (!Number.isFinite(days) || days <= 0)
    throw argumentInvalid(
      "--max-age",
      `"${value}" is not a positive number of days`,
      "Write e.g. --max-age 7.",
    );
  return days * 86_400_000;
}

/** What {@link assertReusable} loads tests with. */
export interface ReuseDeps {
  registry: Registry;
  scope: RegistryScope;
  config: Config;
  logger: Logger;
}

/**
 * Loads each run's tests again with that run's own test-source options (its legacy roots …), so a run
 * is stale only when its tests changed, not because today's flags differ; then refuses stale runs.
 * @throws ARGUMENT_INVALID listing every stale run and why
 */
export async function assertReusable(
  deps: ReuseDeps,
  runs: readonly ReusedRun[],
  options: { maxAgeMs: number; now: number },
): Promise<void> {
  const checks: ReuseProblems[] = [];
  for (const input of runs) {
    const sources = (input.plan?.config as { sources?: Config["sources"] } | undefined)?.sources;
    const tests = await loadTests({
      ...deps,
      config: sources ? { ...deps.config, sources } : deps.config,
      signal: new AbortController().signal,
    });
    checks.push(checkRunFreshness(input, tests, options));
  }
  assertRunsFresh(checks);
}

// Evaluates runs with the threshold policy: per role, every model's pass@1 (or, for a role whose metric
// is pass@2, its pass@2 from runs made with repair; Wilson interval) on the role's suite, the models whose lower bound meets the role's minimum ranked by that bound, the best
// recommended, and a margin that is a tie unless the two intervals do not overlap.
import {
  type CandidateResult,
  finishGateReport,
  formatMarginText,
  GATE_REPORT_SCHEMA_VERSION,
  type GateAlert,
  type GateReport,
  gateReportRuns,
  hashCanonical,
  type ItemResult,
  type Margin,
  type PassMetric,
  type ProfileResult,
  passedWithin,
  type Run,
  runUsedRepair,
  type SuiteMetrics,
  wilsonInterval,
} from "@benchloop/core";
import type { LoadedThresholdPolicy, ThresholdPolicy } from "./threshold-policy.js";

const round = (value: number): string => value.toFixed(3);

/** The suite-metrics key of a pass metric. */
const keyOf = (metric: PassMetric) => (metric === "pass@2" ? "passAt2" : "passAt1");

function metricsOf(
  items: readonly ItemResult[],
  confidence: number,
  fromRepairRun: (item: ItemResult) => boolean,
): SuiteMetrics {
  const counts = { passed: 0, failed: 0, error: 0, skipped: 0 };
  for (const item of items) counts[item.status]++;
  const n = items.length - counts.skipped;
  const metrics: SuiteMetrics = { items: n, ...counts };
  if (n === 0) return metrics;
  metrics.passAt1 = wilsonInterval(counts.passed, n, confidence);
  const trials = items.filter((item) => item.status !== "skipped");
  if (trials.every(fromRepairRun)) {
    metrics.passAt2 = wilsonInterval(trials.filter((item) => passedWithin(item, 2)).length, n, confidence);
  }
  return metrics;
}

function candidate(
  model: string,
  suite: string,
  min: number,
  metrics: SuiteMetrics,
  metric: PassMetric,
): Omit<CandidateResult, "rank" | "recommended"> {
  const interval = metrics[keyOf(metric)];
  const lower = interval?.lower ?? null;
  const passed = lower !== null && lower >= min;
  const reason = interval
    ? `${metric} on ${suite}: ${round(interval.estimate)}, lower bound ${round(interval.lower)} ${passed ? "≥" : "<"} minimum ${round(min)} (${interval.n} items)`
    : metrics.items > 0
      ? `${metric} on ${suite}: not measured, its items did not run with --repair`
      : `no items of suite ${suite} ran`;
  return {
    model,
    passed,
    composite: {
      score: lower ?? 0,
      ability: interval?.estimate ?? null,
      suites: [{ suite, weight: 1, ability: interval?.estimate ?? null, items: metrics.items }],
      terms: [
        { term: "ability", value: lower, unit: `${metric} lower bound`, weight: 1, contribution: lower ?? 0 },
      ],
    },
    violations: passed
      ? []
      : [
          {
            metric: keyOf(metric),
            suite,
            bound: "lower",
            op: "min",
            limit: min,
            value: lower,
            message: reason,
          },
        ],
    metrics: { [suite]: metrics },
    reasons: [reason],
  };
}

function marginOf(
  best: CandidateResult,
  runnerUp: CandidateResult,
  suite: string,
  metric: PassMetric,
): Margin {
  const value = best.composite.score - runnerUp.composite.score;
  const key = keyOf(metric);
  const exceedsNoise =
    (best.metrics[suite]?.[key]?.lower ?? 0) > (runnerUp.metrics[suite]?.[key]?.upper ?? 1);
  return {
    runnerUp: runnerUp.model,
    value,
    noise: null,
    exceedsNoise,
    tie: !exceedsNoise,
    minimum: 0,
    belowMinimum: false,
    text: formatMarginText(value, exceedsNoise),
    tieBreak:
      value === 0
        ? { rule: "model", recommended: null, runnerUp: null }
        : { rule: "composite", recommended: best.composite.score, runnerUp: runnerUp.composite.score },
  };
}

function evaluateRole(
  role: string,
  policy: ThresholdPolicy,
  items: readonly ItemResult[],
  fromRepairRun: (item: ItemResult) => boolean,
): ProfileResult {
  const min = policy.minPassAt1Lower[role]!;
  const suite = policy.suites[role] ?? role;
  const metric = policy.metric?.[role] ?? "pass@1";
  const models = [...new Set(items.map((item) => item.model))].sort();
  const ranked = models
    .map((model) =>
      candidate(
        model,
        suite,
        min,
        metricsOf(
          items.filter((i) => i.model === model && i.suite === suite),
          policy.confidence,
          fromRepairRun,
        ),
        metric,
      ),
    )
    .sort(
      (a, b) =>
        Number(b.passed) - Number(a.passed) ||
        b.composite.score - a.composite.score ||
        (a.model < b.model ? -1 : 1),
    )
    .map((c, index): CandidateResult => ({ ...c, rank: index + 1, recommended: index === 0 && c.passed }));
  const passing = ranked.filter((c) => c.passed);
  const [best, runnerUp] = passing;
  const margin = best && runnerUp ? marginOf(best, runnerUp, suite, metric) : null;
  const alerts: GateAlert[] = [];
  const alert = (severity: GateAlert["severity"], code: GateAlert["code"], message: string) =>
    alerts.push({
      severity,
      code,
      profile: role,
      message: `${role}: ${message}`,
      blocking: severity === "critical",
    });
  if (!best)
    alert(
      "critical",
      "no_passing_candidate",
      `no model's ${metric} lower bound on ${suite} reaches ${round(min)}`,
    );
  else if (!runnerUp)
    alert("info", "sole_passing_candidate", `${best.model} is the only model that reaches the minimum`);
  else if (margin?.tie)
    alert(
      "warning",
      "noisy_margin",
      `${best.model} and ${runnerUp.model} have overlapping ${metric} intervals on ${suite}`,
    );
  return {
    profile: role,
    role: `${metric} lower bound at least ${round(min)} on suite ${suite}`,
    recommendation: best?.model ?? null,
    compositeScore: best?.composite.score ?? null,
    margin,
    blocked: alerts.some((a) => a.blocking),
    requiredSuites: [suite],
    suiteWeights: { [suite]: 1 },
    objective: { ability: 1, resourceEfficiency: 0, latency: 0, abilityMetric: keyOf(metric), suite },
    codePassAt1: null,
    passMetric: metric,
    candidates: ranked,
    alerts,
  };
}

/** The gate report of `runs` by the threshold policy (their items pooled). Deterministic for the same `now`. */
export function evaluateThreshold(
  runs: readonly Run[],
  loaded: LoadedThresholdPolicy,
  now = new Date(),
): GateReport {
  const { policy } = loaded;
  const items = runs.flatMap((run) => run.items);
  const repairItems = new Set(runs.filter(runUsedRepair).flatMap((run) => run.items));
  const fromRepairRun = (item: ItemResult) => repairItems.has(item);
  const profiles = Object.keys(policy.minPassAt1Lower).map((role) =>
    evaluateRole(role, policy, items, fromRepairRun),
  );
  const alerts = profiles.flatMap((p) => p.alerts);
  return finishGateReport({
    schemaVersion: GATE_REPORT_SCHEMA_VERSION,
    createdAt: now.toISOString(),
    status: profiles.every((p) => p.recommendation === null)
      ? "failed"
      : alerts.some((a) => a.blocking)
        ? "blocked"
        : "passed",
    simulated: runs.some((run) => run.simulated),
    policy: {
      id: "threshold",
      name: policy.name,
      ...(loaded.file ? { file: loaded.file } : {}),
      format: "benchloop",
      hash: hashCanonical(policy),
      notes: [],
    },
    runs: gateReportRuns(runs),
    blockingSeverities: ["critical"],
    profiles,
    alerts,
  });
}

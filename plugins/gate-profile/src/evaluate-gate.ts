// Turns runs and a policy into a gate report: per profile every candidate's metrics, violations and
// composite, the ranking (with a deterministic tie-break), the recommendation and its margin, the
// governance alerts, the overall status and the promotion block.
import {
  finishGateReport,
  formatMarginText,
  gateReportRuns,
  hashCanonical,
  type ItemResult,
  type PassMetric,
  type Run,
  runUsedRepair,
} from "@benchloop/core";
import { type Composite, computeComposite, toItemShares } from "./composite-score.js";
import { formatDistinct, formatMetricValue, formatNumber } from "./format-metric.js";
import type {
  CandidateResult,
  GateAlert,
  GateReport,
  Margin,
  ProfileResult,
  Violation,
} from "./gate-report.js";
import { GATE_REPORT_SCHEMA_VERSION } from "./gate-report.js";
import { isBeyondNoise, measureMarginNoise } from "./margin-noise.js";
import { describeMargin, describeNarrowMargin } from "./margin-words.js";
import { type Policy, type ResolvedProfile, resolveProfile, type Severity } from "./policy-schema.js";
import {
  computeSuiteMetrics,
  type IntervalOptions,
  readMetric,
  type SuiteMetrics,
  toModelVramGb,
} from "./suite-metrics.js";
import { CODE_SUITE, collectCodeTests, createSuiteSelector, type SuiteSelector } from "./suite-selector.js";

/** Where a policy came from, recorded in gate.json. */
export interface PolicySource {
  /** The policy file, when there is one. */
  file?: string;
  /** `benchloop` (this format), `muninn` (imported), `default` (the shipped default policy). */
  format: "benchloop" | "muninn" | "default";
  /** What an import could not map, one line each. */
  notes: string[];
}

/** Options of {@link evaluateGate}. */
export interface EvaluateGateOptions {
  /** The time recorded as `createdAt` (default: now). */
  now?: Date;
  /** Where the policy came from (default: `{ format: "benchloop", notes: [] }`). */
  source?: PolicySource;
}

type TieBreak = Margin["tieBreak"];

/** Scores closer than this are a tie, settled by the tie-break. */
const TIE_EPSILON = 1e-9;

interface Evaluated {
  result: Omit<CandidateResult, "rank" | "recommended" | "reasons">;
  composite: Composite;
  items: Map<string, ItemResult[]>;
  metrics: Map<string, SuiteMetrics>;
  vramGb: number | undefined;
  /** The candidate's pass rate over all its items, by the profile's pass metric (the last ranking key). */
  pass: number;
  passRule: "passAt1" | "passAt2";
}

/** The suite-metrics key of a pass metric. */
function passKey(metric: PassMetric): "passAt1" | "passAt2" {
  return metric === "pass@2" ? "passAt2" : "passAt1";
}

function groupByModel(runs: readonly Run[]): Map<string, ItemResult[]> {
  const byModel = new Map<string, ItemResult[]>();
  for (const run of runs) {
    for (const item of run.items) {
      const list = byModel.get(item.model);
      if (list) list.push(item);
      else byModel.set(item.model, [item]);
    }
  }
  return byModel;
}

/** The code-test rule of a profile in force for these runs: its pass@1 limit, or null (no rule). */
type CodeRule = NonNullable<ResolvedProfile["codePassAt1"]> | null;

function profileSuites(profile: ResolvedProfile, codeRule: CodeRule): string[] {
  const suites = new Set<string>(["all"]);
  if (codeRule) suites.add(CODE_SUITE);
  for (const suite of profile.requiredSuites) suites.add(suite);
  for (const threshold of profile.thresholds) suites.add(threshold.suite);
  for (const suite of Object.keys(profile.suiteWeights)) suites.add(suite);
  if (profile.objective.suite) suites.add(profile.objective.suite);
  return [...suites];
}

function checkCodeRule(
  codeRule: CodeRule,
  metrics: ReadonlyMap<string, SuiteMetrics>,
  passMetric: PassMetric,
): Violation[] {
  if (!codeRule) return [];
  const code = metrics.get(CODE_SUITE);
  const key = passKey(passMetric);
  const value = code?.[key]?.[codeRule.bound];
  const label = `code tests ${key}${codeRule.bound === "lower" ? " (lower bound)" : ""}`;
  const base = {
    metric: key,
    suite: CODE_SUITE,
    bound: codeRule.bound,
    op: "min",
    limit: codeRule.min,
  } as const;
  const why = "the required suites hold code tests, and a model whose code fails them cannot serve this role";
  if (value === undefined) {
    const missing =
      key === "passAt2" && (code?.items ?? 0) > 0
        ? "not measured: its code tests did not run with --repair"
        : "no code test ran";
    return [
      {
        ...base,
        value: null,
        message: `${label}: ${missing} (min ${formatNumber(codeRule.min)} required; ${why})`,
      },
    ];
  }
  if (value >= codeRule.min) return [];
  const [shown, limit] = formatDistinct([value, codeRule.min]);
  return [{ ...base, value, message: `${label} ${shown} < min ${limit}: ${why}` }];
}

function checkThresholds(profile: ResolvedProfile, metrics: ReadonlyMap<string, SuiteMetrics>): Violation[] {
  const violations: Violation[] = [];
  if ((metrics.get("all")?.items ?? 0) === 0) {
    violations.push({
      metric: "items",
      suite: "all",
      bound: "estimate",
      op: "min",
      limit: 1,
      value: 0,
      message: "no items ran in the runs; a candidate needs evidence to pass",
    });
  }
  for (const suite of profile.requiredSuites) {
    const items = metrics.get(suite)?.items ?? 0;
    if (items < profile.minItems) {
      violations.push({
        metric: "items",
        suite,
        bound: "estimate",
        op: "min",
        limit: profile.minItems,
        value: items,
        message: `required suite ${suite}: ${items} item${items === 1 ? "" : "s"} ran, needs at least ${profile.minItems}`,
      });
    }
  }
  for (const threshold of profile.thresholds) {
    const suiteMetrics = metrics.get(threshold.suite)!;
    const value = readMetric(suiteMetrics, threshold.metric, threshold.bound);
    const label = `${threshold.suite} ${threshold.metric}${threshold.bound === "estimate" ? "" : ` (${threshold.bound} bound)`}`;
    const limits: ["min" | "max", number][] = [];
    if (threshold.min !== undefined) limits.push(["min", threshold.min]);
    if (threshold.max !== undefined) limits.push(["max", threshold.max]);
    for (const [op, limit] of limits) {
      const shown = formatMetricValue(threshold.metric, limit);
      if (value === undefined) {
        if (threshold.missing === "fail") {
          violations.push({
            ...{ metric: threshold.metric, suite: threshold.suite, bound: threshold.bound, op, limit },
            value: null,
            message: `${label}: not measured (${op} ${shown} required)`,
          });
        }
        continue;
      }
      const violated = op === "min" ? value < limit : value > limit;
      if (!violated) continue;
      violations.push({
        ...{ metric: threshold.metric, suite: threshold.suite, bound: threshold.bound, op, limit },
        value,
        message: `${label} ${formatMetricValue(threshold.metric, value)} ${op === "min" ? "<" : ">"} ${op} ${shown}`,
      });
    }
  }
  return violations;
}

function evaluateCandidate(
  model: string,
  modelItems: readonly ItemResult[],
  profile: ResolvedProfile,
  context: {
    policy: Policy;
    selector: SuiteSelector;
    intervals: IntervalOptions;
    codeRule: CodeRule;
    fromRepairRun: (item: ItemResult) => boolean;
  },
): Evaluated {
  const vramGb = toModelVramGb(modelItems, context.policy.modelFacts[model]?.vramGb);
  const items = new Map<string, ItemResult[]>();
  const metrics = new Map<string, SuiteMetrics>();
  for (const suite of profileSuites(profile, context.codeRule)) {
    // Smoke tests show the setup works; they say nothing about ability.
    const selected = modelItems.filter((item) => item.smoke !== true && context.selector(item, suite));
    items.set(
      suite,
      selected.filter((item) => item.status !== "skipped"),
    );
    metrics.set(
      suite,
      computeSuiteMetrics(selected, {
        abilityMetric: profile.objective.abilityMetric,
        vramGb,
        intervals: context.intervals,
        fromRepairRun: context.fromRepairRun,
      }),
    );
  }
  const violations = [
    ...checkCodeRule(context.codeRule, metrics, profile.passMetric),
    ...checkThresholds(profile, metrics),
  ];
  const passRule = passKey(profile.passMetric);
  const composite = computeComposite(profile, metrics, vramGb);
  return {
    result: {
      model,
      passed: violations.length === 0,
      ...(vramGb === undefined ? {} : { vramGb }),
      composite,
      violations,
      metrics: Object.fromEntries(metrics),
    },
    composite,
    items,
    metrics,
    vramGb,
    pass: metrics.get("all")?.[passRule]?.estimate ?? 0,
    passRule,
  };
}

/**
 * Orders candidates: passing before failing; then composite score, ability and pass@1 — pass@2 when
 * the profile is judged by it — (over all the candidate's items), each higher first, values closer than 1e-9 counting as equal; then model name in
 * code-point order. The same runs and policy always give the same order.
 */
function compareCandidates(a: Evaluated, b: Evaluated): number {
  if (a.result.passed !== b.result.passed) return a.result.passed ? -1 : 1;
  for (const [, x, y] of rankingKeys(a, b)) {
    if (Math.abs(x - y) > TIE_EPSILON) return y - x;
  }
  return a.result.model < b.result.model ? -1 : a.result.model > b.result.model ? 1 : 0;
}

/** The ranking keys after pass/fail, in order, with both candidates' values. */
function rankingKeys(a: Evaluated, b: Evaluated): [TieBreak["rule"], number, number][] {
  return [
    ["composite", a.composite.score, b.composite.score],
    ["ability", a.composite.ability ?? -Infinity, b.composite.ability ?? -Infinity],
    [a.passRule, a.pass, b.pass],
  ];
}

/** The rule that put `best` before `runnerUp`: the first ranking key that separates them. */
function decidingRule(best: Evaluated, runnerUp: Evaluated): TieBreak {
  for (const [rule, x, y] of rankingKeys(best, runnerUp)) {
    if (Math.abs(x - y) > TIE_EPSILON)
      return {
        rule,
        recommended: Number.isFinite(x) ? x : null,
        runnerUp: Number.isFinite(y) ? y : null,
      };
  }
  return { rule: "model", recommended: null, runnerUp: null };
}

function describeComposite(composite: Composite, shownScore = formatNumber(composite.score)): string {
  const parts = composite.terms
    .filter((t) => t.weight !== 0)
    .map(
      (t, index) =>
        `${t.term === "latency" ? "− " : index === 0 ? "" : "+ "}${t.term} ${t.value === null ? "n/a" : formatNumber(t.value)} × ${formatNumber(t.weight)}`,
    );
  return `composite ${shownScore} (${parts.join(" ") || "every weight is 0"})`;
}

/** The "why" line of a pass@2 role: the candidate's pass@1 and pass@2 over all its items, or why no pass@2. */
function describePassAt2(metrics: ReadonlyMap<string, SuiteMetrics>): string {
  const all = metrics.get("all");
  const show = (m: SuiteMetrics["passAt1"]) =>
    m ? `${formatNumber(m.estimate)} [${formatNumber(m.lower)}–${formatNumber(m.upper)}]` : "not measured";
  if (!all?.passAt2)
    return `judged by pass@2, but pass@2 was not measured: its items did not all run with --repair (pass@1 ${show(all?.passAt1)})`;
  return `judged by pass@2 (the first answer or one repair round): pass@2 ${show(all.passAt2)} vs pass@1 ${show(all.passAt1)} over ${all.items} items`;
}

function alert(
  severity: Severity,
  code: GateAlert["code"],
  profile: string,
  message: string,
  blocking: readonly Severity[],
): GateAlert {
  return { severity, code, profile, message, blocking: blocking.includes(severity) };
}

/**
 * The profile's code-test rule when its required suites (every item when it requires none) hold items
 * of code tests, from any candidate; else null.
 */
function requiredCodeRule(
  profile: ResolvedProfile,
  byModel: ReadonlyMap<string, ItemResult[]>,
  selector: SuiteSelector,
): CodeRule {
  if (!profile.codePassAt1) return null;
  const required = profile.requiredSuites.length > 0 ? profile.requiredSuites : ["all"];
  for (const items of byModel.values())
    for (const item of items)
      if (selector(item, CODE_SUITE) && required.some((suite) => selector(item, suite)))
        return { min: profile.codePassAt1.min, bound: profile.codePassAt1.bound };
  return null;
}

function evaluateProfile(
  name: string,
  policy: Policy,
  byModel: ReadonlyMap<string, ItemResult[]>,
  context: {
    selector: SuiteSelector;
    intervals: IntervalOptions;
    fromRepairRun: (item: ItemResult) => boolean;
  },
): ProfileResult {
  const profile = resolveProfile(name, policy.profiles[name]!);
  const codeRule = requiredCodeRule(profile, byModel, context.selector);
  const { governance } = policy;
  const blocking = governance.blockingSeverities;
  const alerts: GateAlert[] = [];
  const models = profile.candidates === "all" ? [...byModel.keys()].sort() : [...new Set(profile.candidates)];
  for (const model of models) {
    if (!byModel.has(model)) {
      alerts.push(
        alert(
          "info",
          "candidate_missing",
          name,
          `${name}: candidate ${model} has no items in the runs`,
          blocking,
        ),
      );
    }
  }
  const evaluated = models
    .map((model) =>
      evaluateCandidate(model, byModel.get(model) ?? [], profile, { policy, ...context, codeRule }),
    )
    .sort(compareCandidates);
  const passing = evaluated.filter((e) => e.result.passed);
  const best = passing[0];
  const runnerUp = passing[1];

  let margin: Margin | null = null;
  if (best && runnerUp) {
    const noise = measureMarginNoise(
      toItemShares(profile, best.items, best.metrics, best.vramGb),
      toItemShares(profile, runnerUp.items, runnerUp.metrics, runnerUp.vramGb),
      context.intervals,
    );
    const value = best.composite.score - runnerUp.composite.score;
    const exceedsNoise = isBeyondNoise(noise);
    margin = {
      runnerUp: runnerUp.result.model,
      value,
      noise: noise ?? null,
      exceedsNoise,
      tie: !exceedsNoise,
      minimum: governance.minScoreMargin,
      belowMinimum: value < governance.minScoreMargin,
      text: formatMarginText(value, exceedsNoise),
      tieBreak: decidingRule(best, runnerUp),
    };
  }

  if (!best) {
    const closest = evaluated[0];
    alerts.push(
      alert(
        "critical",
        "no_passing_candidate",
        name,
        models.length === 0
          ? `${name}: the runs hold no candidate; nothing to promote`
          : `${name}: none of ${models.length} candidate${models.length === 1 ? "" : "s"} passed the thresholds; nothing to promote${closest ? ` (closest: ${closest.result.model}, ${closest.result.violations.length} violation${closest.result.violations.length === 1 ? "" : "s"})` : ""}`,
        blocking,
      ),
    );
  } else {
    const score = best.composite.score;
    if (governance.minCompositeScore !== undefined && score < governance.minCompositeScore) {
      alerts.push(
        alert(
          "warning",
          "low_composite",
          name,
          `${name}: ${best.result.model} scores ${formatDistinct([score, governance.minCompositeScore]).join(", below the minimum composite ")}`,
          blocking,
        ),
      );
    }
    if (!margin) {
      alerts.push(
        alert(
          "info",
          "sole_passing_candidate",
          name,
          `${name}: ${best.result.model} is the only passing candidate; there is no margin to measure`,
          blocking,
        ),
      );
    } else {
      if (margin.belowMinimum) {
        alerts.push(
          alert(
            "warning",
            "narrow_margin",
            name,
            `${name}: ${describeNarrowMargin(margin, best.result.model)}`,
            blocking,
          ),
        );
      }
      if (governance.marginBeyondNoise && margin.tie) {
        alerts.push(
          alert(
            "warning",
            "noisy_margin",
            name,
            `${name}: ${best.result.model} ${describeMargin(margin, best.result.model)}`,
            blocking,
          ),
        );
      }
    }
  }

  const candidates: CandidateResult[] = evaluated.map((e, index) => {
    const recommended = e === best;
    const reasons: string[] = [];
    if (recommended) {
      reasons.push(`promoted: passed every threshold; ranked first with ${describeComposite(e.composite)}`);
      if (margin) reasons.push(describeMargin(margin, e.result.model));
    } else if (e.result.passed) {
      const [mine, theirs] = formatDistinct([e.composite.score, best!.composite.score]);
      reasons.push(
        `not promoted: passed every threshold but ranked ${index + 1}: ${describeComposite(e.composite, mine)} vs ${theirs} for ${best!.result.model}`,
      );
    } else {
      reasons.push(
        `not promoted: ${e.result.violations.length} threshold${e.result.violations.length === 1 ? "" : "s"} not met`,
      );
      for (const violation of e.result.violations) reasons.push(violation.message);
    }
    if (profile.passMetric === "pass@2") reasons.push(describePassAt2(e.metrics));
    return { ...e.result, rank: index + 1, recommended, reasons };
  });

  return {
    profile: name,
    role: profile.role,
    recommendation: best?.result.model ?? null,
    compositeScore: best?.composite.score ?? null,
    margin,
    blocked: alerts.some((a) => a.blocking),
    requiredSuites: profile.requiredSuites,
    suiteWeights: profile.suiteWeights,
    objective: profile.objective,
    codePassAt1: codeRule,
    passMetric: profile.passMetric,
    candidates,
    alerts,
  };
}

/**
 * Evaluates a policy against runs (their items pooled; a model is a candidate across every harness it
 * ran on). Status: `failed` when no profile has a passing candidate, `blocked` when any alert has a
 * blocking severity, else `passed`. Deterministic for the same runs, policy and `now`.
 */
export function evaluateGate(
  runs: readonly Run[],
  policy: Policy,
  options: EvaluateGateOptions = {},
): GateReport {
  const source = options.source ?? { format: "benchloop", notes: [] };
  const byModel = groupByModel(runs);
  const repairItems = new Set(runs.filter(runUsedRepair).flatMap((run) => run.items));
  const codeTests = collectCodeTests(runs.flatMap((run) => run.items));
  const context = {
    selector: createSuiteSelector(policy.suites, codeTests),
    intervals: policy.governance.noise,
    fromRepairRun: (item: ItemResult) => repairItems.has(item),
  };
  const profiles = Object.keys(policy.profiles).map((name) =>
    evaluateProfile(name, policy, byModel, context),
  );
  const alerts = profiles.flatMap((p) => p.alerts);
  const status = profiles.every((p) => p.recommendation === null)
    ? "failed"
    : alerts.some((a) => a.blocking)
      ? "blocked"
      : "passed";
  const report: Omit<GateReport, "promotion"> = {
    schemaVersion: GATE_REPORT_SCHEMA_VERSION,
    createdAt: (options.now ?? new Date()).toISOString(),
    status,
    simulated: runs.some((run) => run.simulated),
    policy: {
      id: "profile",
      name: policy.name,
      ...(source.file ? { file: source.file } : {}),
      format: source.format,
      hash: hashCanonical(policy),
      notes: source.notes,
    },
    runs: gateReportRuns(runs),
    blockingSeverities: policy.governance.blockingSeverities,
    profiles,
    alerts,
  };
  return finishGateReport(report);
}

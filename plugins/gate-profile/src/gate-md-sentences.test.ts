// gate.md never says what gate.json does not: one evaluation builds both, and every line of gate.md is
// matched to a known sentence and checked against the report's values (numbers within their shown
// precision, comparisons true of the shown numbers as of the unrounded ones). An unknown line fails.
import type { Run } from "@benchloop/core";
import { beforeAll, describe, expect, it } from "vitest";
import { evaluateGate } from "./evaluate-gate.js";
import {
  type CandidateResult,
  type GateReport,
  GateReportSchema,
  type Margin,
  type ProfileResult,
} from "./gate-report.js";
import { defaultPolicy, parsePolicy } from "./load-policy.js";
import { renderGateReport } from "./render-gate-report.js";
import { makeRun, withItems } from "./test-runs.js";

const NUMBER = "(-?\\d+(?:\\.\\d+)?)";

/** The report as gate.json holds it: written as JSON, read back and validated. */
function asGateJson(report: GateReport): GateReport {
  return GateReportSchema.parse(JSON.parse(`${JSON.stringify(report, null, 2)}\n`));
}

/** True when `shown` is `value` written with the decimals it shows. */
function near(shown: string, value: number): boolean {
  const decimals = shown.split(".")[1]?.length ?? 0;
  return Math.abs(Number(shown) - value) <= 0.5 * 10 ** -decimals + 1e-12;
}

function expectNear(shown: string | undefined, value: number | null | undefined, what: string): void {
  expect(value, what).not.toBeNull();
  expect(near(shown!, value!), `${what}: "${shown}" is not ${value}`).toBe(true);
}

const STATUS = { passed: "✓ PASSED", blocked: "✗ BLOCKED", failed: "✗ FAILED" } as const;
const MARKS = { critical: "✗ critical", warning: "! warning", info: "i info" } as const;
const TIE_RULES = {
  "higher composite score": "composite",
  "equal composites, higher ability": "ability",
  "equal composites and ability, higher pass@1": "passAt1",
} as const;

/** Checks a margin sentence (as in "Recommended: …; <sentence>" and the recommended reasons). */
function checkMarginSentence(sentence: string, margin: Margin, best: string): void {
  const interval = `(\\d+)% interval \\[${NUMBER}, ${NUMBER}\\] over (\\d+) paired items`;
  const lead = new RegExp(`^leads (\\S+) by ${NUMBER}, beyond the noise \\(${interval}\\)$`).exec(sentence);
  if (lead) {
    expect(lead[1]).toBe(margin.runnerUp);
    expect(margin.tie).toBe(false);
    expect(margin.exceedsNoise).toBe(true);
    expectNear(lead[2], margin.value, "margin");
    expect(Number(lead[3]) / 100).toBe(margin.noise!.confidence);
    expectNear(lead[4], margin.noise!.lower, "interval lower");
    expectNear(lead[5], margin.noise!.upper, "interval upper");
    expect(Number(lead[4]), "beyond the noise: the shown interval is above 0").toBeGreaterThan(0);
    expect(Number(lead[6])).toBe(margin.noise!.pairs);
    return;
  }
  const tie = new RegExp(
    `^ties with (\\S+): not enough items to separate (\\S+) and (\\S+) \\(lead ${NUMBER}, not beyond the noise: (.+)\\); (\\S+) is ranked first by the (?:tie-break rule: (.+) \\(${NUMBER} vs ${NUMBER} for (\\S+)\\)|last tie-break rule: model name in code-point order \\(every score equal within 1e-9\\))$`,
  ).exec(sentence);
  expect(tie, `unknown margin sentence: ${sentence}`).not.toBeNull();
  const [, runnerUp, a, b, value, noise, first, rule, x, y, other] = tie!;
  expect([runnerUp, a, b, first]).toEqual([margin.runnerUp, best, margin.runnerUp, best]);
  expect(margin.tie).toBe(true);
  expect(margin.exceedsNoise).toBe(false);
  expectNear(value, margin.value, "margin");
  if (margin.noise) {
    const m = new RegExp(`^${interval}$`).exec(noise!);
    expect(m, noise).not.toBeNull();
    expectNear(m![2], margin.noise.lower, "interval lower");
    expectNear(m![3], margin.noise.upper, "interval upper");
    expect(Number(m![2]), "not beyond the noise: the shown interval reaches 0").toBeLessThanOrEqual(0);
  } else {
    expect(noise).toBe("the noise cannot be measured: fewer than 2 items ran for both");
  }
  if (rule === undefined) {
    expect(margin.tieBreak.rule).toBe("model");
    return;
  }
  expect(margin.tieBreak.rule).toBe(TIE_RULES[rule as keyof typeof TIE_RULES]);
  expectNear(x, margin.tieBreak.recommended, "tie-break value");
  expectNear(y, margin.tieBreak.runnerUp, "runner-up tie-break value");
  expect(Number(x), "the tie-break winner reads higher").toBeGreaterThan(Number(y));
  expect(other).toBe(margin.runnerUp);
}

/** Checks an alert message (after its mark) against the report. */
function checkAlertMessage(message: string, report: GateReport): void {
  const [profileName, rest] = [
    message.slice(0, message.indexOf(": ")),
    message.slice(message.indexOf(": ") + 2),
  ];
  const profile = report.profiles.find((p) => p.profile === profileName)!;
  expect(profile, message).toBeDefined();
  const narrow = new RegExp(
    `^(\\S+) leads (\\S+) by ${NUMBER}, less than the minimum margin ${NUMBER}$`,
  ).exec(rest);
  if (narrow) {
    const margin = profile.margin!;
    expect([narrow[1], narrow[2]]).toEqual([profile.recommendation, margin.runnerUp]);
    expect(margin.belowMinimum).toBe(true);
    expectNear(narrow[3], margin.value, "margin");
    expectNear(narrow[4], margin.minimum, "minimum margin");
    expect(Number(narrow[3]), "less than: as shown").toBeLessThan(Number(narrow[4]));
    return;
  }
  if (rest.startsWith(`${profile.recommendation} ties with `)) {
    checkMarginSentence(
      rest.slice(`${profile.recommendation} `.length),
      profile.margin!,
      profile.recommendation!,
    );
    return;
  }
  const low = new RegExp(`^(\\S+) scores ${NUMBER}, below the minimum composite ${NUMBER}$`).exec(rest);
  if (low) {
    expectNear(low[2], profile.compositeScore, "composite");
    expect(Number(low[2])).toBeLessThan(Number(low[3]));
    return;
  }
  const none = /^none of (\d+) candidates? passed the thresholds; nothing to promote/.exec(rest);
  if (none) {
    expect(profile.recommendation).toBeNull();
    expect(Number(none[1])).toBe(profile.candidates.length);
    return;
  }
  const missing = /^candidate (\S+) has no items in the runs$/.exec(rest);
  if (missing) {
    expect(report.runs.length).toBeGreaterThan(0);
    expect(profile.candidates.find((c) => c.model === missing[1])!.metrics.all!.items).toBe(0);
    return;
  }
  const sole = /^(\S+) is the only passing candidate; there is no margin to measure$/.exec(rest);
  expect(sole, `unknown alert: ${message}`).not.toBeNull();
  expect(profile.candidates.filter((c) => c.passed).map((c) => c.model)).toEqual([sole![1]]);
}

/** Checks one reason or violation line of a candidate. */
function checkReason(reason: string, candidate: CandidateResult, profile: ProfileResult): void {
  const promoted = new RegExp(
    `^promoted: passed every threshold; ranked first with composite ${NUMBER} \\(`,
  ).exec(reason);
  if (promoted) {
    expect(candidate.recommended && candidate.passed && candidate.rank === 1).toBe(true);
    expectNear(promoted[1], candidate.composite.score, "composite");
    return;
  }
  const ranked = new RegExp(
    `^not promoted: passed every threshold but ranked (\\d+): composite ${NUMBER} \\(.*\\) vs ${NUMBER} for (\\S+)$`,
  ).exec(reason);
  if (ranked) {
    expect(candidate.passed && !candidate.recommended).toBe(true);
    expect(Number(ranked[1])).toBe(candidate.rank);
    expectNear(ranked[2], candidate.composite.score, "composite");
    expectNear(ranked[3], profile.compositeScore, "recommendation's composite");
    expect(Number(ranked[2]), "ranked lower: as shown").toBeLessThanOrEqual(Number(ranked[3]));
    if (candidate.composite.score !== profile.compositeScore) expect(ranked[2]).not.toBe(ranked[3]);
    expect(ranked[4]).toBe(profile.recommendation);
    return;
  }
  const failed = /^not promoted: (\d+) thresholds? not met$/.exec(reason);
  if (failed) {
    expect(candidate.passed).toBe(false);
    expect(Number(failed[1])).toBe(candidate.violations.length);
    return;
  }
  if (candidate.recommended && profile.margin && /^(leads|ties with) /.test(reason)) {
    checkMarginSentence(reason, profile.margin, candidate.model);
    return;
  }
  const violation = candidate.violations.find((v) => v.message === reason);
  expect(violation, `unknown reason: ${reason}`).toBeDefined();
  const compared = new RegExp(` ${NUMBER}(?: \\S+)? ([<>]) (min|max) ${NUMBER}(?: \\S+)?(?::|$)`).exec(
    reason,
  );
  if (compared && violation!.value !== null) {
    expect(compared[3]).toBe(violation!.op);
    const [shown, limit] = [Number(compared[1]), Number(compared[4])];
    if (!/ ms | s | GiB | tok\/s /.test(` ${reason} `)) {
      expectNear(compared[1], violation!.value, "violation value");
      expectNear(compared[4], violation!.limit, "violation limit");
    }
    if (violation!.op === "min") expect(shown, reason).toBeLessThan(limit);
    else expect(shown, reason).toBeGreaterThan(limit);
  }
}

function tableRow(line: string): string[] {
  return line.slice(2, -2).split(" | ");
}

/** Walks gate.md line by line; every line must be a known sentence, true of gate.json. */
function checkGateMarkdown(markdown: string, report: GateReport): number {
  const lines = markdown.split("\n");
  let checked = 0;
  let profile: ProfileResult | undefined;
  let table: "summary" | "candidates" | undefined;
  let row = 0;
  let candidate: CandidateResult | undefined;
  let reason = 0;
  let alert = 0;
  for (const line of lines) {
    if (line === "") {
      table = undefined;
      continue;
    }
    checked++;
    const title = /^# Gate (.+?)( \(SIMULATED\))?$/.exec(line);
    if (title) {
      expect(title[1]).toBe(STATUS[report.status]);
      expect(Boolean(title[2])).toBe(report.simulated);
      continue;
    }
    const simulated =
      /^SIMULATED: runs? (.+) (?:was|were) answered by the simulator \(ollama-sim\), not by real models, so this report says nothing about real models; `benchloop apply` refuses its promotion unless --allow-simulated\.$/.exec(
        line,
      );
    if (simulated) {
      expect(report.simulated).toBe(true);
      expect(simulated[1]!.split(", ")).toEqual(report.runs.filter((r) => r.simulated).map((r) => r.runId));
      continue;
    }
    if (line.startsWith("Policy ")) {
      expect(line).toBe(
        `Policy ${report.policy.name} (${report.policy.file ?? report.policy.format}) · runs ${report.runs.map((r) => r.runId).join(", ")} · ${report.createdAt}`,
      );
      continue;
    }
    if (line.startsWith("Blocking severities: ")) {
      expect(line.slice(21)).toBe(report.blockingSeverities.join(", ") || "none");
      continue;
    }
    if (line === "| profile | recommended model | composite | status |") {
      table = "summary";
      row = 0;
      continue;
    }
    if (line.startsWith("| rank | model | gate |")) {
      table = "candidates";
      row = 0;
      continue;
    }
    if (/^\|(-{3}:?\|)+$/.test(line.replace(/---:/g, "---"))) continue;
    if (table === "summary") {
      const [name, model, composite, status] = tableRow(line);
      const p = report.profiles[row++]!;
      expect(name).toBe(p.profile);
      expect(model).toBe(p.recommendation ?? "—");
      if (p.compositeScore === null) expect(composite).toBe("—");
      else expectNear(composite, p.compositeScore, `${p.profile} composite`);
      expect(status).toBe(p.blocked ? "✗ blocked" : p.recommendation ? "✓ ok" : "✗ none passed");
      continue;
    }
    if (table === "candidates") {
      const [rank, model, gateCell, composite, ...terms] = tableRow(line);
      const c = profile!.candidates[row++]!;
      expect([Number(rank), model]).toEqual([c.rank, c.model]);
      expect(gateCell).toBe(c.recommended ? "✓ PROMOTED" : c.passed ? "✓ PASS" : "✗ FAIL");
      expectNear(composite, c.composite.score, `${c.model} composite`);
      for (const [i, name] of ["ability", "resourceEfficiency", "latency"].entries()) {
        const t = c.composite.terms.find((x) => x.term === name)!;
        if (t.weight === 0) {
          expect(terms[i]).toBe("—");
          continue;
        }
        const m = new RegExp(`^(n/a|${NUMBER}) × ${NUMBER} = ${NUMBER}$`).exec(terms[i]!)!;
        expect(m, terms[i]).not.toBeNull();
        if (t.value === null) expect(m[1]).toBe("n/a");
        else expectNear(m[1], t.value, `${c.model} ${name}`);
        expectNear(m[3], t.weight, `${c.model} ${name} weight`);
        expectNear(m[4], t.contribution, `${c.model} ${name} contribution`);
      }
      continue;
    }
    if (line === "## Alerts") {
      profile = undefined;
      continue;
    }
    const alertLine = /^- (✗ critical|! warning|i info)( \(blocks\))?: (.+)$/.exec(line);
    if (alertLine && profile === undefined) {
      const a = report.alerts[alert++]!;
      expect(alertLine[1]).toBe(MARKS[a.severity]);
      expect(Boolean(alertLine[2])).toBe(a.blocking);
      expect(alertLine[3]).toBe(a.message);
      checkAlertMessage(a.message, report);
      continue;
    }
    const heading = /^## (\S+)( \(blocked\))?$/.exec(line);
    if (heading) {
      profile = report.profiles.find((p) => p.profile === heading[1]);
      expect(profile, line).toBeDefined();
      expect(Boolean(heading[2])).toBe(profile!.blocked);
      continue;
    }
    if (profile && line === profile.role) continue;
    if (profile && line === "Recommended: none — no candidate passed.") {
      expect(profile.recommendation).toBeNull();
      continue;
    }
    const recommended = new RegExp(`^Recommended: (\\S+) \\(composite ${NUMBER}\\); (.+)\\.$`).exec(line);
    if (profile && recommended) {
      expect(recommended[1]).toBe(profile.recommendation);
      expectNear(recommended[2], profile.compositeScore, "composite");
      if (profile.margin) checkMarginSentence(recommended[3]!, profile.margin, profile.recommendation!);
      else expect(recommended[3]).toBe("no runner-up passed, so there is no margin");
      continue;
    }
    const rules =
      /^Required suites: (.+?)( · code tests: pass@1( \(lower bound\))? ≥ (\S+))? · suite weights: (.+) · ability measure: (\S+)$/.exec(
        line,
      );
    if (profile && rules) {
      expect(rules[1]).toBe(profile.requiredSuites.join(", ") || "none");
      if (profile.codePassAt1) {
        expect(Boolean(rules[3])).toBe(profile.codePassAt1.bound === "lower");
        expectNear(rules[4], profile.codePassAt1.min, "code pass@1 minimum");
      } else expect(rules[2]).toBeUndefined();
      expect(rules[6]).toBe(profile.objective.abilityMetric);
      continue;
    }
    if (profile && line === "Why:") continue;
    const why = /^- \*\*(\S+)\*\*: (.+)$/.exec(line);
    if (profile && why) {
      candidate = profile.candidates.find((c) => c.model === why[1]);
      expect(candidate, line).toBeDefined();
      expect(why[2]).toBe(candidate!.reasons[0]);
      checkReason(why[2]!, candidate!, profile);
      reason = 1;
      continue;
    }
    const sub = /^ {2}- (.+)$/.exec(line);
    if (profile && candidate && sub) {
      expect(sub[1]).toBe(candidate.reasons[reason++]);
      checkReason(sub[1]!, candidate, profile);
      continue;
    }
    if (line === `gateHash ${report.promotion.gateHash}`) continue;
    throw new Error(`gate.md line not backed by gate.json: ${line}`);
  }
  expect(alert).toBe(report.alerts.length);
  return checked;
}

/**
 * A simulated run: oracle passes everything; thinker too, a hair slower (its lead cannot be told from
 * noise); sloppy's answers pass 80 % of checks and never a whole test; prose fails all.
 */
let run: Run;
beforeAll(async () => {
  const made = await makeRun({
    models: ["sim/oracle", "sim/prose", "sim/sloppy", "sim/thinker"],
    tests: 24,
    // The suites of the shipped default policy: one per role, and the coding catalog.
    suites: ["coding", "low_latency", "balanced", "high_reasoning"],
    script: ({ model }) => (model === "sim/prose" ? { outcome: "fail" } : undefined),
  });
  run = withItems({ ...made, simulated: true }, (item) => {
    if (item.suite === "coding" && item.score) item.score = { ...item.score, scorer: "code" };
    if (item.model === "sim/sloppy" && item.score) {
      item.status = "failed";
      item.score = { ...item.score, passed: false, value: 0.8 };
    }
    // thinker: 2 ms slower on every other test of a suite, 1.5 ms faster on the others: oracle's
    // lead cannot be told from noise in any suite.
    const odd = Math.floor((Number(item.test.slice(2)) - 1) / 4) % 2 === 0;
    item.metrics.wallMs = 1000 + (item.model === "sim/thinker" ? (odd ? 2 : -1.5) : 0);
    item.resources = { peakVramBytes: 4 * 2 ** 30 };
    return item;
  });
});

describe("gate.md against gate.json", () => {
  it("the shipped default policy: every sentence is backed, sloppy and prose are never promoted, SIMULATED is said", () => {
    const { policy, source } = defaultPolicy();
    const report = evaluateGate([run], policy, { source, now: new Date("2026-03-01T00:00:00.000Z") });
    const markdown = renderGateReport(report);
    expect(checkGateMarkdown(markdown, asGateJson(report))).toBeGreaterThan(40);
    expect(markdown.split("\n")[0]).toBe(`# Gate ${STATUS[report.status]} (SIMULATED)`);
    for (const profile of report.profiles) {
      for (const model of ["sim/sloppy", "sim/prose"])
        expect(profile.candidates.find((c) => c.model === model)!.passed, `${profile.profile} ${model}`).toBe(
          false,
        );
      expect(profile.recommendation).toBe("sim/oracle");
      expect(profile.margin).toMatchObject({ runnerUp: "sim/thinker", tie: true, belowMinimum: true });
    }
    expect(markdown).toContain("not enough items to separate sim/oracle and sim/thinker");
    expect(report.promotion.simulated).toBe(true);
  });

  it("a lead beyond the noise, a failed profile and a sole candidate: every sentence is backed", () => {
    const policy = parsePolicy({
      schemaVersion: 1,
      name: "mixed",
      governance: { minScoreMargin: 0.5, minCompositeScore: 2 },
      profiles: {
        balanced: {
          candidates: ["sim/oracle", "sim/sloppy"],
          codePassAt1: false,
          objective: { ability: 1, resourceEfficiency: 0, latency: 0 },
        },
        low_latency: { thresholds: [{ metric: "wallMeanMs", max: 1 }] },
        high_reasoning: { candidates: ["sim/oracle", "sim/prose", "sim/missing"] },
      },
    });
    const real = { ...run, simulated: false };
    const report = evaluateGate([real], policy, { now: new Date("2026-03-01T00:00:00.000Z") });
    expect(report.simulated).toBe(false);
    const markdown = renderGateReport(report);
    expect(markdown).not.toContain("SIMULATED");
    expect(checkGateMarkdown(markdown, asGateJson(report))).toBeGreaterThan(30);
    expect(report.profiles[0]!.margin).toMatchObject({ tie: false, exceedsNoise: true });
    expect(report.profiles[1]!.recommendation).toBeNull();
  });

  it("fails on a line gate.json does not back", () => {
    const { policy, source } = defaultPolicy();
    const report = evaluateGate([run], policy, { source });
    const markdown = renderGateReport(report).replace("not beyond the noise", "beyond the noise");
    expect(() => checkGateMarkdown(markdown, report)).toThrow();
  });
});

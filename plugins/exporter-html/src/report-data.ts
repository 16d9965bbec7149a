// Everything the HTML report shows, computed from the runs as plain data: the header facts, the
// leaderboard, the chart series, the comparison of two runs, the gate view, and one compact row per item
// for the client-side table and drill-down. Pure: no I/O, no HTML.
import {
  compareRuns,
  type GroupSummary,
  hasReplayedTiming,
  type ItemResult,
  median,
  type Run,
  type RunComparison,
  runUsedRepair,
  summarizeItems,
  toItemJudgeScore,
} from "@benchloop/core";
import { extractCode } from "./extract-code.js";
import { type GateView, readGateView } from "./gate-view.js";

/** Marks a latency figure that includes timings replayed from the cache. */
export const REPLAYED_MARK = "†";

/** Longest answer (and thinking) kept per item; the rest is in the run's own files. */
export const MAX_ANSWER_CHARS = 20_000;

/** A run as the header describes it. */
export interface RunHeader {
  label: string;
  runId: string;
  status: Run["status"];
  startedAt: string;
  durationMs: number;
  items: number;
  simulated: boolean;
  provenance?: string;
  machine?: string;
  summary: GroupSummary;
}

/** Figures of one group of items (a model, or a model and harness). */
export interface GroupFigures {
  /** Run label when the report holds several runs. */
  run?: string;
  model: string;
  harness?: string;
  summary: GroupSummary;
  judge?: { mean: number; n: number };
  medianWallMs?: number;
  /** Items behind `medianWallMs` whose timings were replayed from the cache (absent when none). */
  replayedWallItems?: number;
  tokensPerSec?: number;
  peakVramBytes?: number;
}

/** Pass@1 of a model per pass type (prompt sensitivity). */
export interface PassTypeFigures {
  run?: string;
  model: string;
  blind?: GroupSummary;
  informed?: GroupSummary;
}

/** One item as the table and drill-down use it (short keys keep the embedded JSON small). */
export interface ItemRow {
  /** Run label. */
  r: string;
  k: string;
  m: string;
  h: string;
  t: string;
  p: string;
  n: number;
  s: ItemResult["status"];
  /** Check rate 0..1. */
  v?: number;
  /** Judge overall score, status, reasoning, criteria. */
  j?: number;
  js?: string;
  jr?: string;
  jc?: { name: string; weight: number; score: number }[];
  je?: string;
  /** Failure stage, type, message. */
  f?: { stage: string; type: string; message: string };
  /** Checks: name, passed, expected, actual, error. */
  c?: { n: string; p: boolean; e?: string; a?: string; x?: string }[];
  /** Check counts when only counts were recorded. */
  cc?: [number, number];
  /** Timings and tokens. */
  w: number;
  /** The run whose timings a replayed item carries (a cache hit: measured when its generation was made). */
  rp?: string;
  tt?: number;
  lo?: number;
  pe?: number;
  ev?: number;
  tps?: number;
  tk?: { prompt?: number; completion?: number; reasoning?: number };
  /** The attempt whose answer passed (1 first answer, 2 after one repair round), when one did. */
  pa?: number;
  /** Repair rounds: attempt, status, check rate, tokens (prompt plus completion), wall time. */
  rep?: { n: number; s: string; v?: number; tk: number; w: number }[];
  /** Why a failed item got no repair round although repair was on. */
  ru?: string;
  /** Answer, extracted code (when it differs), thinking, truncated flag. */
  a?: string;
  code?: string;
  th?: string;
  cut?: boolean;
  skip?: string;
}

/** Everything the report renders. */
export interface ReportData {
  title: string;
  /** Items (of every run) whose timings were replayed from the cache, and the items in all. */
  replayedTimings: { replayed: number; items: number };
  runs: RunHeader[];
  simulated: boolean;
  leaderboard: GroupFigures[];
  byModelHarness: GroupFigures[];
  passTypes: PassTypeFigures[];
  comparison?: RunComparison;
  gate?: GateView;
  items: ItemRow[];
  /** True when any run was made with repair: pass@2 and the cost of repair are shown. */
  repair: boolean;
}

function clip(text: string | undefined): { text?: string; cut: boolean } {
  if (text === undefined || text === "") return { cut: false };
  if (text.length <= MAX_ANSWER_CHARS) return { text, cut: false };
  return {
    text: `${text.slice(0, MAX_ANSWER_CHARS)}\n… (cut at ${MAX_ANSWER_CHARS} characters; the run's items.jsonl has the whole answer)`,
    cut: true,
  };
}

function show(value: unknown): string | undefined {
  if (value === undefined) return undefined;
  const text = typeof value === "string" ? value : JSON.stringify(value);
  if (text === undefined) return undefined;
  return text.length > 2000 ? `${text.slice(0, 2000)}…` : text;
}

function describeProvenance(run: Run): string | undefined {
  const p = run.provenance;
  if (!p) return undefined;
  const words = {
    import: "imported from",
    rescore: "re-scored from",
    rerun: "rerun of",
    judge: "judged from",
  };
  return `${words[p.kind]} ${p.tool ? `${p.tool} ` : ""}${p.fromRuns.join(", ")}`;
}

function describeMachine(run: Run): string | undefined {
  const e = run.environment;
  if (!e) return undefined;
  const gb = e.memoryBytes > 0 ? ` · ${(e.memoryBytes / 1024 ** 3).toFixed(0)} GB RAM` : "";
  const cpu =
    e.cpu.model !== "unknown" ? ` · ${e.cpu.model}${e.cpu.cores ? ` (${e.cpu.cores} cores)` : ""}` : "";
  const gpu = e.backends
    .filter((b) => b.available)
    .map((b) => `${b.harness}${b.version ? ` ${b.version}` : ""}`)
    .join(", ");
  return `${e.os} ${e.arch}${cpu}${gb} · node ${e.node}${gpu ? ` · ${gpu}` : ""}`;
}

function figuresOf(
  items: readonly ItemResult[],
  group: Omit<GroupFigures, "summary">,
  repair: boolean,
): GroupFigures {
  const summary = summarizeItems(items, { repair });
  let judgeSum = 0;
  let judged = 0;
  let vram: number | undefined;
  const wall: number[] = [];
  const speed: number[] = [];
  for (const item of items) {
    const score = toItemJudgeScore(item);
    if (score !== undefined) {
      judgeSum += score;
      judged++;
    }
    const peak = item.resources?.peakVramBytes;
    if (peak !== undefined) vram = Math.max(vram ?? 0, peak);
    if (item.status === "skipped") continue;
    wall.push(item.metrics.wallMs);
    if (item.metrics.decodeTokensPerSec !== undefined) speed.push(item.metrics.decodeTokensPerSec);
  }
  return {
    ...group,
    summary,
    ...(judged > 0 ? { judge: { mean: judgeSum / judged, n: judged } } : {}),
    ...(wall.length > 0 ? { medianWallMs: median(wall) } : {}),
    ...(summary.replayedWallItems ? { replayedWallItems: summary.replayedWallItems } : {}),
    ...(speed.length > 0 ? { tokensPerSec: median(speed) } : {}),
    ...(vram !== undefined ? { peakVramBytes: vram } : {}),
  };
}

function groupBy(items: readonly ItemResult[], key: (item: ItemResult) => string): Map<string, ItemResult[]> {
  const groups = new Map<string, ItemResult[]>();
  for (const item of items) {
    const k = key(item);
    const group = groups.get(k);
    if (group) group.push(item);
    else groups.set(k, [item]);
  }
  return groups;
}

function byPassAt1(a: GroupFigures, b: GroupFigures): number {
  const pa = a.summary.passAt1;
  const pb = b.summary.passAt1;
  return (
    (pb?.estimate ?? -1) - (pa?.estimate ?? -1) ||
    (pb?.lower ?? -1) - (pa?.lower ?? -1) ||
    a.model.localeCompare(b.model) ||
    (a.run ?? "").localeCompare(b.run ?? "")
  );
}

function toItemRow(item: ItemResult, run: string): ItemRow {
  const answer = clip(item.generation?.text);
  const thinking = clip(item.generation?.thinking);
  const code = item.generation ? extractCode(item.generation.text) : undefined;
  const timing = item.generation?.timing;
  const checks = item.score?.checks ?? [];
  const counted = item.score?.details as { checksPassed?: unknown; checksTotal?: unknown } | undefined;
  const row: ItemRow = {
    r: run,
    k: item.key,
    m: item.model,
    h: item.harness,
    t: item.test,
    p: item.passType,
    n: item.repeat,
    s: item.status,
    w: item.metrics.wallMs,
  };
  if (item.metrics.replayed) row.rp = item.metrics.replayed.fromRun;
  else if (item.cache === "hit") row.rp = "an earlier run";
  if (item.score) row.v = item.score.value;
  if (item.judge) {
    row.js = item.judge.status;
    if (item.judge.score !== undefined) row.j = item.judge.score;
    if (item.judge.reasoning) row.jr = item.judge.reasoning;
    if (item.judge.criteria.length > 0) row.jc = item.judge.criteria;
    if (item.judge.error) row.je = item.judge.error;
  }
  if (item.failure)
    row.f = { stage: item.failure.stage, type: item.failure.type, message: item.failure.message };
  else if (item.score?.failure)
    row.f = { stage: "score", type: item.score.failure.type, message: item.score.failure.message };
  if (checks.length > 0) {
    row.c = checks.map((c) => ({
      n: c.name,
      p: c.passed,
      ...(c.expected !== undefined ? { e: show(c.expected) } : {}),
      ...(c.actual !== undefined ? { a: show(c.actual) } : {}),
      ...(c.error ? { x: show(c.error) } : {}),
    }));
  } else if (typeof counted?.checksPassed === "number" && typeof counted.checksTotal === "number") {
    row.cc = [counted.checksPassed, counted.checksTotal];
  }
  if (item.metrics.ttftMs !== undefined) row.tt = item.metrics.ttftMs;
  if (timing?.loadMs !== undefined) row.lo = timing.loadMs;
  if (timing?.promptEvalMs !== undefined) row.pe = timing.promptEvalMs;
  if (timing?.evalMs !== undefined) row.ev = timing.evalMs;
  if (item.metrics.decodeTokensPerSec !== undefined) row.tps = item.metrics.decodeTokensPerSec;
  if (item.generation) row.tk = item.generation.tokens;
  if (answer.text !== undefined) row.a = answer.text;
  if (code !== undefined && code.trim() !== item.generation?.text.trim()) row.code = code;
  if (thinking.text !== undefined) row.th = thinking.text;
  if (answer.cut || thinking.cut) row.cut = true;
  if (item.skipReason) row.skip = item.skipReason;
  if (item.passedAtAttempt !== undefined) row.pa = item.passedAtAttempt;
  if (item.repairs && item.repairs.length > 0) {
    row.rep = item.repairs.map((round) => {
      const tokens = (round.generation?.tokens.prompt ?? 0) + (round.generation?.tokens.completion ?? 0);
      return {
        n: round.attempt,
        s: round.status,
        ...(round.score ? { v: round.score.value } : {}),
        tk: tokens,
        w: round.metrics.wallMs,
      };
    });
  }
  if (item.repairUnsupported !== undefined) row.ru = item.repairUnsupported;
  return row;
}

/** Options of {@link buildReportData}. */
export interface BuildReportOptions {
  title?: string;
  /** A gate report (object or JSON text), when there is one. */
  gate?: unknown;
}

/** Computes the report's data from runs (in the order given; two runs are compared A → B). */
export function buildReportData(runs: readonly Run[], options: BuildReportOptions = {}): ReportData {
  const many = runs.length > 1;
  const labels = runs.map((_, i) => (many ? `R${i + 1}` : "R1"));
  const headers: RunHeader[] = runs.map((run, i) => ({
    label: labels[i]!,
    runId: run.runId,
    status: run.status,
    startedAt: run.startedAt,
    durationMs: run.durationMs,
    items: run.items.length,
    simulated: run.simulated,
    ...(describeProvenance(run) ? { provenance: describeProvenance(run) } : {}),
    ...(describeMachine(run) ? { machine: describeMachine(run) } : {}),
    summary: summarizeItems(run.items, { repair: runUsedRepair(run) }),
  }));

  const leaderboard: GroupFigures[] = [];
  const byModelHarness: GroupFigures[] = [];
  const passTypes: PassTypeFigures[] = [];
  const items: ItemRow[] = [];
  runs.forEach((run, i) => {
    const label = labels[i]!;
    const runField = many ? { run: label } : {};
    const repair = runUsedRepair(run);
    for (const [model, group] of groupBy(run.items, (item) => item.model))
      leaderboard.push(figuresOf(group, { ...runField, model }, repair));
    for (const [key, group] of groupBy(run.items, (item) => `${item.model}\u0000${item.harness}`)) {
      const [model, harness] = key.split("\u0000") as [string, string];
      byModelHarness.push(figuresOf(group, { ...runField, model, harness }, repair));
    }
    for (const [model, group] of groupBy(run.items, (item) => item.model)) {
      const blind = group.filter((item) => item.passType === "blind");
      const informed = group.filter((item) => item.passType === "informed");
      passTypes.push({
        ...runField,
        model,
        ...(blind.length > 0 ? { blind: summarizeItems(blind) } : {}),
        ...(informed.length > 0 ? { informed: summarizeItems(informed) } : {}),
      });
    }
    for (const item of run.items) items.push(toItemRow(item, label));
  });
  leaderboard.sort(byPassAt1);
  byModelHarness.sort(byPassAt1);
  passTypes.sort((a, b) => a.model.localeCompare(b.model) || (a.run ?? "").localeCompare(b.run ?? ""));

  const comparison =
    runs.length === 2 ? compareRuns({ run: runs[0]! }, { run: runs[1]! }, { groupBy: ["model"] }) : undefined;
  const gate = readGateView(options.gate);
  const title =
    options.title ??
    (runs.length === 1
      ? `benchloop report — run ${runs[0]!.runId}`
      : `benchloop report — ${runs.length} runs`);
  let replayed = 0;
  let trials = 0;
  for (const run of runs) {
    for (const item of run.items) {
      if (item.status === "skipped") continue;
      trials++;
      if (hasReplayedTiming(item)) replayed++;
    }
  }
  return {
    title,
    replayedTimings: { replayed, items: trials },
    runs: headers,
    simulated: runs.some((run) => run.simulated),
    leaderboard,
    byModelHarness,
    passTypes,
    ...(comparison ? { comparison } : {}),
    ...(gate ? { gate } : {}),
    items,
    repair: runs.some(runUsedRepair),
  };
}

// The rows and lines of a comparison shared by its terminal and Markdown renderings, so both say the
// same thing: group figures, verdict words with symbols, item changes, and the method note.
import type { GroupComparison, ItemChange, RunComparison, SidePair } from "../compare/comparison.js";
import {
  formatDeltaInterval,
  formatDuration,
  formatNumber,
  formatPercent,
  formatPoints,
} from "../format/format.js";
import { STATUS_SYMBOLS, STATUS_WORDS } from "./status-label.js";

/** The verdict with a symbol, never colour alone. */
export const VERDICT_LABELS: Record<GroupComparison["verdict"], string> = {
  improved: "▲ improved",
  regressed: "▼ regressed",
  "within noise": "= within noise",
};

/** Column titles of the group table. */
export const GROUP_HEADER = [
  "group",
  "n",
  "pass@1 A → B",
  "Δ pass@1 [95% CI]",
  "flips ✗/✓",
  "check rate A → B",
  "judge A → B",
  "median wall A → B",
  "tok/s A → B",
  "verdict",
];

/** Right-aligned columns of the group table. */
export const GROUP_RIGHT = [false, true, true, true, true, true, true, true, true, false];

function pair(values: SidePair, format: (v: number | null) => string): string {
  return values.a === null && values.b === null ? "–" : `${format(values.a)} → ${format(values.b)}`;
}

/** Marks a latency figure that includes timings replayed from the cache. */
const REPLAYED_MARK = "†";

/** Median wall A → B, each side marked † when some of its items replayed cached timings. */
function wallPair(group: GroupComparison): string {
  const { a, b } = group.replayedTimings;
  const mark = (count: number) => (count > 0 ? ` ${REPLAYED_MARK}` : "");
  const { medianWallMs: wall } = group;
  return wall.a === null && wall.b === null
    ? "–"
    : `${formatDuration(wall.a)}${mark(a)} → ${formatDuration(wall.b)}${mark(b)}`;
}

/**
 * The note under the group table when either run replayed cached generations: their latency figures
 * are the timings measured when each generation was made, so a latency change between such items is
 * no change of the model. Undefined when no compared item was replayed.
 */
export function describeReplayedTimings(c: RunComparison): string | undefined {
  const { a, b } = c.overall.replayedTimings;
  if (a === 0 && b === 0) return undefined;
  const side = (name: string, count: number) => `${name} ${count} of ${c.overall.n}`;
  return `${REPLAYED_MARK} Items replayed from the cache (${side("A", a)}, ${side("B", b)}) carry the timings measured when their generation was made: median wall and tok/s of those items are not re-measured.`;
}

/** The verdict cell: "within noise" becomes "not enough items" when the items could not tell. */
function verdictLabel(group: GroupComparison): string {
  return group.detectable.enoughItems ? VERDICT_LABELS[group.verdict] : "? not enough items";
}

/**
 * Says, when the overall verdict is "within noise" but the items could not tell, that there are not
 * enough items to separate A and B, with the smallest difference they could have detected.
 */
export function describeSeparability(c: RunComparison): string | undefined {
  const { detectable, n, passAt1, flips } = c.overall;
  if (detectable.enoughItems) return undefined;
  const flipped = flips.passToFail + flips.failToPass;
  const flippedText = flipped === 0 ? "no item flipped, counted as one" : `${flipped} of ${n} items flipped`;
  const observed = formatPoints(passAt1.delta.delta);
  const reach =
    detectable.difference === null
      ? `no pass@1 difference is detectable with ${n} paired item(s)`
      : `${n} paired items detect only pass@1 differences of ${(detectable.difference * 100).toFixed(1)} pp or more`;
  return (
    `Not enough items to separate A and B: ${reach} (80% power at α ${Number(c.testAlpha.toPrecision(3))}, ` +
    `${flippedText}); the observed Δ pass@1 ${observed} is not a ranking. ` +
    "Compare on more tests or repeats."
  );
}

/** The cells of one group's row. */
export function toGroupRow(group: GroupComparison): string[] {
  return [
    group.label,
    String(group.n),
    group.n === 0
      ? "–"
      : `${formatPercent(group.passAt1.a.estimate)} → ${formatPercent(group.passAt1.b.estimate)}`,
    formatDeltaInterval(group.passAt1.delta),
    `${group.flips.passToFail}/${group.flips.failToPass}`,
    pair(group.checkRate, formatPercent),
    group.judge ? pair(group.judge, formatPercent) : "–",
    wallPair(group),
    pair(group.medianTokensPerSec, (v) => formatNumber(v)),
    verdictLabel(group),
  ];
}

/** The groups' rows, overall first. */
export function toGroupRows(comparison: RunComparison): string[][] {
  return [toGroupRow(comparison.overall), ...comparison.groups.map(toGroupRow)];
}

/**
 * One changed item: "PASS → FAIL · check rate 100.0% → 40.0% (−60.0 pp)"; a repair flip marks each side
 * with its repair outcome: "✗ FAIL (✓ @2) → ✗ FAIL (not repaired) · …".
 */
export function describeChange(change: ItemChange): string {
  const side = (s: ItemChange["a"]) => {
    const status = s.status as keyof typeof STATUS_WORDS;
    const word = `${STATUS_SYMBOLS[status]} ${STATUS_WORDS[status]}`;
    if (change.kind !== "repair flip") return word;
    return `${word} (${s.passedAtAttempt === undefined ? "not repaired" : `✓ @${s.passedAtAttempt}`})`;
  };
  return `${side(change.a)} → ${side(change.b)} · check rate ${formatPercent(change.a.checkRate)} → ${formatPercent(change.b.checkRate)} (${formatPoints(change.delta)})`;
}

/** The counts line: matched, compared, only in A/B, skipped, not comparable. */
export function describeMatching(c: RunComparison): string {
  return `matched ${c.matched} · compared ${c.compared} · only in A ${c.onlyInA.length} · only in B ${c.onlyInB.length} · skipped ${c.skipped.length} · not comparable ${c.incomparable.length}`;
}

/** How the verdicts were reached, in one paragraph. */
export function describeMethod(c: RunComparison): string {
  const repair = c.overall.repair !== undefined;
  const tests = (repair ? 4 : 2) * (1 + c.groups.length);
  return (
    `Verdicts: McNemar's exact test on the items whose pass/fail flipped, then a sign-flip test on check-rate ` +
    `differences${repair ? " (and McNemar on the pass@2 flips and on the repair outcomes)" : ""}; Bonferroni over ${tests} tests at family α ${c.alpha} (each test at ${Number(c.testAlpha.toPrecision(3))}). ` +
    "Δ intervals: 95% paired bootstrap (normal approximation above 1,000 pairs). flips ✗/✓: pass→fail / fail→pass."
  );
}

/**
 * Names of the groups (or "all") that regressed, each followed by what regressed when it was repair:
 * "m (pass@2)", "m (repair rate)".
 */
export function regressedGroups(c: RunComparison): string[] {
  const describe = (g: GroupComparison): string[] => {
    const repair = [
      ...(g.repair?.passAt2Flips.verdict === "regressed" ? ["pass@2"] : []),
      ...(g.repair?.rate.verdict === "regressed" ? ["repair rate"] : []),
    ];
    const first = g.verdict === "regressed";
    if (!first && repair.length === 0) return [];
    if (repair.length === 0) return [g.label];
    return [`${g.label} (${[...(first ? ["pass@1"] : []), ...repair].join(", ")})`];
  };
  return [c.overall, ...c.groups].flatMap(describe);
}

// The Markdown exporter: per run, a short header, the overall figures, a table per model × harness (with
// pass@2 and the cost of repair when the run used repair), and failures by type — small enough to paste into a pull request. Status words come with symbols (✓ ✗ !)
// so nothing depends on colour.
import {
  type Exporter,
  formatDuration,
  formatPercent,
  hasReplayedTiming,
  type ItemResult,
  type Run,
  runUsedRepair,
  summarizeItems,
  toItemJudgeScore,
} from "@benchloop/core";
import { formatNumber, formatProportion } from "./format.js";
import { renderMarkdownTable } from "./markdown-table.js";
import { writeChunk } from "./write-chunk.js";

const GROUP_HEADER = [
  "model",
  "harness",
  "items",
  "✓ passed",
  "✗ failed",
  "! error",
  "skipped",
  "pass@1 (95% CI)",
  "check rate",
  "judge",
  "median wall",
  "tok/s",
];
const GROUP_RIGHT = [false, false, true, true, true, true, true, true, true, true, true, true];
/** The columns a repair run adds after pass@1. */
const REPAIR_HEADER = ["pass@2 (95% CI)", "repaired", "repair tokens", "repair time"];
const PASS_AT_1 = GROUP_HEADER.indexOf("pass@1 (95% CI)") + 1;

function withRepair<T>(row: readonly T[], repair: readonly T[]): T[] {
  return [...row.slice(0, PASS_AT_1), ...repair, ...row.slice(PASS_AT_1)];
}

function meanJudge(items: readonly ItemResult[]): number | undefined {
  let sum = 0;
  let n = 0;
  for (const item of items) {
    const score = toItemJudgeScore(item);
    if (score !== undefined) {
      sum += score;
      n++;
    }
  }
  return n > 0 ? sum / n : undefined;
}

function groupRow(labels: string[], items: readonly ItemResult[], repair: boolean): string[] {
  const s = summarizeItems(items, { repair });
  const row = [
    ...labels,
    String(s.items),
    String(s.passed),
    String(s.failed),
    String(s.error),
    String(s.skipped),
    formatProportion(s.passAt1),
    formatPercent(s.checkRate),
    formatPercent(meanJudge(items)),
    `${formatDuration(s.medianWallMs)}${s.replayedWallItems ? ` ${REPLAYED_MARK}` : ""}`,
    formatNumber(s.medianDecodeTokensPerSec),
  ];
  if (!s.repair) return row;
  const { repaired, attempted, extraTokens, extraWallMs } = s.repair;
  return withRepair(row, [
    formatProportion(s.passAt2),
    `${repaired} of ${attempted}`,
    String(extraTokens),
    formatDuration(extraWallMs),
  ]);
}

/** Marks a latency figure that includes timings replayed from the cache. */
const REPLAYED_MARK = "†";

/**
 * The note under the table when items replayed cached generations: their latency figures are the
 * timings measured when each generation was made, in the runs named.
 */
function replayNote(items: readonly ItemResult[]): string | undefined {
  const replayed = items.filter(hasReplayedTiming);
  if (replayed.length === 0) return undefined;
  const runs = [
    ...new Set(replayed.flatMap((i) => (i.metrics.replayed ? [i.metrics.replayed.fromRun] : []))),
  ];
  return `${REPLAYED_MARK} ${replayed.length} of ${items.length} items replayed cached generations: their wall time and tok/s are the timings measured when each generation was made${runs.length > 0 ? ` (run${runs.length === 1 ? "" : "s"} ${runs.sort().join(", ")})` : ""}, not the replay's.`;
}

const PROVENANCE_WORDS: Record<NonNullable<Run["provenance"]>["kind"], string> = {
  import: "imported from",
  rescore: "re-scored from",
  rerun: "rerun of",
  judge: "judged from",
};

function describeRun(run: Run): string {
  const parts = [
    `started ${run.startedAt}`,
    formatDuration(run.durationMs),
    `${run.items.length} items`,
    run.status,
  ];
  if (run.simulated) parts.push("SIMULATED (ollama-sim)");
  if (run.provenance) {
    const { kind, tool, fromRuns } = run.provenance;
    const runs = `run${fromRuns.length === 1 ? "" : "s"} ${fromRuns.join(", ")}`;
    parts.push(`${PROVENANCE_WORDS[kind]} ${tool ? `${tool} ` : ""}${runs}`);
  }
  return parts.join(" · ");
}

/** Renders one run's summary as Markdown. */
export function renderRunMarkdown(run: Run): string {
  const groups = new Map<string, ItemResult[]>();
  for (const item of run.items) {
    const key = `${item.model}\u0000${item.harness}`;
    const group = groups.get(key);
    if (group) group.push(item);
    else groups.set(key, [item]);
  }
  const repair = runUsedRepair(run);
  const rows = [...groups.keys()]
    .sort()
    .map((key) => groupRow(key.split("\u0000"), groups.get(key)!, repair));
  const header = repair ? withRepair(GROUP_HEADER, REPAIR_HEADER) : GROUP_HEADER;
  const right = repair ? withRepair(GROUP_RIGHT, [true, true, true, true]) : GROUP_RIGHT;
  const out = [
    `## Run ${run.runId}`,
    "",
    describeRun(run),
    "",
    ...(run.simulated
      ? [
          "> **SIMULATED:** the simulator (ollama-sim) answered this run, not real models; its numbers are no evidence about any real model.",
          "",
        ]
      : []),
    renderMarkdownTable(header, [groupRow(["all", ""], run.items, repair), ...rows], right),
  ];
  if (repair)
    out.push(
      "",
      "pass@2 counts an item passed by its first answer or by one repair round (the model shown its failing checks); pass@1, the counts and the check rate are the first answer's.",
    );
  const note = replayNote(run.items);
  if (note) out.push("", note);
  const errors = summarizeItems(run.items).errorsByType;
  const types = Object.keys(errors);
  if (types.length > 0) {
    out.push(
      "### Errors by type",
      "",
      renderMarkdownTable(
        ["type", "items"],
        types.map((t) => [t, String(errors[t])]),
        [false, true],
      ),
    );
  }
  return out.join("\n");
}

/** Creates the `markdown` exporter. */
export function createMarkdownExporter(): Exporter {
  return {
    async export(input, ctx) {
      for (const [i, run] of input.runs.entries()) {
        ctx.signal.throwIfAborted();
        await writeChunk(ctx.output, `${i === 0 ? "" : "\n"}${renderRunMarkdown(run)}`);
      }
    },
  };
}

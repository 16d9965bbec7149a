// The Markdown exporter: per run, a short header, the overall figures, a table per model × harness, and
// failures by type — small enough to paste into a pull request. Status words come with symbols (✓ ✗ !)
// so nothing depends on colour.
import {
  type Exporter,
  formatDuration,
  formatPercent,
  hasReplayedTiming,
  type ItemResult,
  type Run,
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

function groupRow(labels: string[], items: readonly ItemResult[]): string[] {
  const s = summarizeItems(items);
  return [
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
  const rows = [...groups.keys()].sort().map((key) => groupRow(key.split("\u0000"), groups.get(key)!));
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
    renderMarkdownTable(GROUP_HEADER, [groupRow(["all", ""], run.items), ...rows], GROUP_RIGHT),
  ];
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

// `benchloop compare` for the terminal: the matching counts, warnings about items that cannot be
// compared, a table per group with verdicts, and the top regressions and improvements.
import type { RunComparison } from "../compare/comparison.js";
import { formatTime } from "../format/format.js";
import { REPAIR_HEADER, REPAIR_NOTE, REPAIR_RIGHT, toRepairRows } from "./compare-repair-view.js";
import {
  describeChange,
  describeMatching,
  describeMethod,
  describeReplayedTimings,
  describeSeparability,
  GROUP_HEADER,
  GROUP_RIGHT,
  toGroupRows,
} from "./compare-view.js";
import { renderTable, truncate } from "./table.js";

const LISTED = 10;

function listKeys(title: string, keys: readonly string[], width: number): string {
  if (keys.length === 0) return "";
  const shown = keys.slice(0, LISTED).map((k) => `    ${truncate(k, width)}`);
  if (keys.length > LISTED) shown.push(`    … and ${keys.length - LISTED} more (--json lists all)`);
  return `${title}\n${shown.join("\n")}\n`;
}

/** Options of {@link renderCompareTable}. */
export interface CompareTableOptions {
  /** Longest cell before truncation with "…" (Infinity with --wide). */
  maxWidth: number;
}

/** Renders a comparison for the terminal. */
export function renderCompareTable(c: RunComparison, options: CompareTableOptions): string {
  // Item keys are what people copy into `show --item`: they are cut only when very long.
  const keyWidth = Math.max(options.maxWidth, 100);
  let out = `Compare A ${c.a.runId} (${formatTime(c.a.startedAt)}) → B ${c.b.runId} (${formatTime(c.b.startedAt)})\n`;
  out += `  ${describeMatching(c)}\n`;
  const filter = Object.entries(c.filter).map(([field, values]) => `${field}=${(values ?? []).join(",")}`);
  out += `  grouped by ${c.groupBy.join(", ") || "nothing"} · filter ${filter.join(" ") || "none"}\n`;
  for (const warning of c.warnings) out += `\n! ${warning}\n`;
  const excluded = c.incomparable.filter((i) => !i.included);
  if (c.incomparable.length > 0) {
    const title =
      excluded.length > 0
        ? `\n! ${c.incomparable.length} matched item(s) cannot be compared and are left out of the verdicts (--allow-incomparable keeps them):`
        : `\n! ${c.incomparable.length} matched item(s) cannot be compared; kept in the verdicts because of --allow-incomparable:`;
    out += listKeys(
      title,
      c.incomparable.map((i) => `${i.key}: ${i.reasons.join("; ")}`),
      keyWidth + 60,
    );
  }
  out += listKeys(`\nOnly in A (${c.onlyInA.length}):`, c.onlyInA, keyWidth);
  out += listKeys(`\nOnly in B (${c.onlyInB.length}):`, c.onlyInB, keyWidth);
  out += `\n${renderTable(GROUP_HEADER, toGroupRows(c), { align: GROUP_RIGHT.map((r) => (r ? "right" : "left")), maxWidth: options.maxWidth })}`;
  const replayed = describeReplayedTimings(c);
  if (replayed) out += `${replayed}\n`;
  const separability = describeSeparability(c);
  if (separability) out += `\n? ${separability}\n`;
  const repairRows = toRepairRows(c);
  if (repairRows) {
    const align = REPAIR_RIGHT.map((r) => (r ? "right" : "left") as "right" | "left");
    out += `\n${renderTable(REPAIR_HEADER, repairRows, { align, maxWidth: options.maxWidth })}${REPAIR_NOTE}\n`;
  }
  for (const [title, changes] of [
    [`Top regressions (pass flips first${c.overall.repair ? ", then repair flips" : ""})`, c.topRegressions],
    [
      `Top improvements (pass flips first${c.overall.repair ? ", then repair flips" : ""})`,
      c.topImprovements,
    ],
  ] as const) {
    out += `\n${title}\n`;
    out +=
      changes.length === 0
        ? "    none\n"
        : changes
            .map((change) => `    ${truncate(change.key, keyWidth)}  ${describeChange(change)}\n`)
            .join("");
  }
  out += `\n${describeMethod(c)}\n`;
  return out;
}

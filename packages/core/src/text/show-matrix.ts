// The matrix of `benchloop show`: one row per model → harness → test, one column per pass type, each cell
// the item's status with its check counts (or the share of repeats that passed).

import { PASS_TYPES, type PassType } from "../config/index.js";
import type { ItemResult } from "../results/item-result.js";
import { toCheckCounts } from "../summary/item-outcome.js";
import { passedWithin } from "../summary/repair-outcome.js";
import { formatRepairMark } from "./repair-text.js";
import { formatStatus, STATUS_SYMBOLS } from "./status-label.js";
import { renderTable } from "./table.js";

function formatCell(items: readonly ItemResult[]): string {
  if (items.length === 0) return "";
  if (items.length === 1) {
    const item = items[0]!;
    const counts = toCheckCounts(item);
    const status =
      counts && counts.total > 0 && item.status !== "error"
        ? `${formatStatus(item)} ${counts.passed}/${counts.total}`
        : formatStatus(item);
    return `${status}${formatRepairMark(item)}`;
  }
  const passed = items.filter((i) => i.status === "passed").length;
  const symbol = passed === items.length ? STATUS_SYMBOLS.passed : passed === 0 ? STATUS_SYMBOLS.failed : "~";
  const repaired = items.some((i) => (i.repairs?.length ?? 0) > 0)
    ? ` (${items.filter((i) => passedWithin(i, 2)).length} by @2)`
    : "";
  return `${symbol} ${passed}/${items.length} passed${repaired}`;
}

/** Options of {@link renderShowMatrix}. */
export interface ShowMatrixOptions {
  /** Longest name before truncation with "…" (Infinity with --wide). */
  maxWidth: number;
}

/** Renders the items as a model → harness → test × pass type table. */
export function renderShowMatrix(items: readonly ItemResult[], options: ShowMatrixOptions): string {
  const rows = new Map<
    string,
    { model: string; harness: string; test: string; cells: Map<PassType, ItemResult[]> }
  >();
  const passTypes = new Set<PassType>();
  for (const item of items) {
    const id = `${item.model}\u0000${item.harness}\u0000${item.test}`;
    let row = rows.get(id);
    if (!row) {
      row = { model: item.model, harness: item.harness, test: item.test, cells: new Map() };
      rows.set(id, row);
    }
    const cell = row.cells.get(item.passType);
    if (cell) cell.push(item);
    else row.cells.set(item.passType, [item]);
    passTypes.add(item.passType);
  }
  const columns = PASS_TYPES.filter((p) => passTypes.has(p));
  const sorted = [...rows.values()].sort((a, b) =>
    a.model !== b.model
      ? a.model < b.model
        ? -1
        : 1
      : a.harness !== b.harness
        ? a.harness < b.harness
          ? -1
          : 1
        : a.test < b.test
          ? -1
          : a.test > b.test
            ? 1
            : 0,
  );
  let previous = { model: "", harness: "" };
  const body = sorted.map((row) => {
    // Repeated model and harness names are left blank so the grouping reads at a glance.
    const sameModel = row.model === previous.model;
    const sameHarness = sameModel && row.harness === previous.harness;
    previous = row;
    return [
      sameModel ? "" : row.model,
      sameHarness ? "" : row.harness,
      row.test,
      ...columns.map((p) => formatCell(row.cells.get(p) ?? [])),
    ];
  });
  return renderTable(["model", "harness", "test", ...columns], body, { maxWidth: options.maxWidth });
}

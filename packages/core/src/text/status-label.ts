// Item statuses as symbol + word, so nothing depends on colour: ✓ PASS, ✗ FAIL, ! ERROR, – SKIP.
import type { ItemResult, ItemStatus } from "../results/item-result.js";

/** The symbol of each status. */
export const STATUS_SYMBOLS: Record<ItemStatus, string> = {
  passed: "✓",
  failed: "✗",
  error: "!",
  skipped: "–",
};

/** The word of each status. */
export const STATUS_WORDS: Record<ItemStatus, string> = {
  passed: "PASS",
  failed: "FAIL",
  error: "ERROR",
  skipped: "SKIP",
};

/** "✓ PASS", "! ERROR timeout". */
export function formatStatus(item: Pick<ItemResult, "status" | "failure">): string {
  const base = `${STATUS_SYMBOLS[item.status]} ${STATUS_WORDS[item.status]}`;
  return item.status === "error" && item.failure ? `${base} ${item.failure.type}` : base;
}

/** The legend printed under tables that use the symbols. */
export const STATUS_LEGEND =
  "✓ passed (every check)  ✗ failed (answered, checks failed)  ! error (a stage failed)  – skipped";

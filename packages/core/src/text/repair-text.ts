// The words and figures of repair in the terminal views (`run`'s summary, `show`): the cost of repair
// ("3 of 4 repaired · +2000 tok · +8.0 s"), an item's attempt mark ("→ ✓ @2") and the repair rounds
// section of one item in full.
import { formatDuration, formatPercent } from "../format/format.js";
import type { ItemResult } from "../results/item-result.js";
import type { GroupSummary } from "../results/run-schema.js";
import { isItemRepaired } from "../summary/repair-outcome.js";

/**
 * "3 of 4 repaired · +2000 tok · +8.0 s" (compact durations with `compact`); "no repair round" when no
 * item needed one; "–" without repair figures.
 */
export function formatRepairCost(group: Pick<GroupSummary, "repair">, compact = false): string {
  const repair = group.repair;
  if (!repair) return "–";
  if (repair.attempted === 0) return "no repair round";
  return `${repair.repaired} of ${repair.attempted} repaired · +${repair.extraTokens} tok · +${formatDuration(repair.extraWallMs, { compact })}`;
}

/**
 * What repair did for an item, to follow its first answer's status: "→ ✓ @2" when a repair round passed,
 * "→ ✗ @2" (or "→ ! @2") when the last one failed or errored, "→ repair unsupported" when the harness
 * could not repair; "" when the item had no repair round.
 */
export function formatRepairMark(item: ItemResult): string {
  if (isItemRepaired(item)) return ` → ✓ @${item.passedAtAttempt}`;
  const last = item.repairs?.at(-1);
  if (last) return ` → ${last.status === "error" ? "!" : "✗"} @${last.attempt}`;
  return item.repairUnsupported !== undefined ? " → repair unsupported" : "";
}

/** The "Repair" section of `show --item`: one line per round (status, checks, tokens, time); "" without. */
export function renderRepairSection(item: ItemResult): string {
  const rounds = item.repairs ?? [];
  if (rounds.length === 0 && item.repairUnsupported === undefined) return "";
  const lines = rounds.map((round) => {
    const parts = [`attempt ${round.attempt}: ${round.status}`];
    if (round.score) {
      const passed = round.score.checks.filter((check) => check.passed).length;
      parts.push(
        `checks ${passed} of ${round.score.checks.length} (score ${formatPercent(round.score.value)})`,
      );
    }
    const tokens = round.generation?.tokens;
    if (tokens) parts.push(`tokens ${tokens.prompt ?? "–"} prompt + ${tokens.completion ?? "–"} completion`);
    parts.push(`wall ${formatDuration(round.metrics.wallMs)}`, `cache ${round.cache}`);
    if (round.feedback.truncated) parts.push("failure report truncated");
    if (round.failure) parts.push(`${round.failure.type}: ${round.failure.message}`);
    return parts.join(" · ");
  });
  if (item.repairUnsupported !== undefined) lines.push(`no repair round: ${item.repairUnsupported}`);
  const outcome =
    item.passedAtAttempt !== undefined ? `passed at attempt ${item.passedAtAttempt}` : "no attempt passed";
  return `\nRepair (${outcome})\n${lines.map((line) => `  ${line}`).join("\n")}\n`;
}

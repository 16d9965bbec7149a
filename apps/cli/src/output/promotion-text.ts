// The terminal text of `apply` and `rollback`: a table of what changes, then what was written and how
// to undo it.
import path from "node:path";
import { type ApplyOutcome, type RollbackOutcome, renderTable } from "@benchloop/core";

const show = (value: string | null | undefined): string => value ?? "(absent)";

/** The terminal text of an apply: a table profile → key → before → after, then what was written. */
export function formatApplyOutcome(outcome: ApplyOutcome): string {
  const { plan } = outcome;
  const rows = [
    ...plan.changes.map((c) => [
      c.profile,
      c.key,
      c.previousNull ? "null" : show(c.previous),
      c.changed ? `→ ${c.model}` : "= unchanged",
    ]),
    ...plan.skipped.map((s) => [s.profile, "", "", "skipped (see below)"]),
  ];
  const lines = [
    `apply → ${plan.target.label}`,
    renderTable(["profile", "key", "before", "after"], rows).trimEnd(),
    ...plan.skipped.map((skipped) => `- ${skipped.profile} not applied: ${skipped.reason}`),
  ];
  if (plan.forced) lines.push("! forced over a gate that did not pass (recorded in the checkpoint)");
  const changed = plan.changes.filter((c) => c.changed).length;
  const keys = `${changed} key${changed === 1 ? "" : "s"}`;
  if (outcome.status === "dry-run") lines.push(`dry run: would set ${keys}; nothing written, no checkpoint`);
  else if (outcome.status === "unchanged")
    lines.push("✓ the target already holds every model; nothing written");
  else
    lines.push(
      `✓ applied ${keys}; checkpoint ${outcome.checkpointFile}`,
      `  undo with: benchloop rollback --checkpoint ${outcome.checkpointFile}`,
    );
  return `${lines.join("\n")}\n`;
}

/** The terminal text of a rollback: key → now → restore, then what was written. */
export function formatRollbackOutcome(outcome: RollbackOutcome, checkpointFile: string): string {
  const rows = Object.keys(outcome.checkpoint.next).map((key) => [
    key,
    show(outcome.before[key]),
    key in outcome.restore
      ? `→ ${outcome.restoreNull.includes(key) ? "null" : show(outcome.restore[key])}`
      : "= already restored",
  ]);
  const lines = [
    `rollback → ${outcome.checkpoint.target.label} (checkpoint of ${outcome.checkpoint.createdAt})`,
    renderTable(["key", "now", "restore"], rows).trimEnd(),
  ];
  if (outcome.drift.length > 0 && outcome.status !== "unchanged")
    lines.push(`! forced over ${outcome.drift.length} drifted key(s) (recorded)`);
  const count = Object.keys(outcome.restore).length;
  if (outcome.status === "dry-run") lines.push(`dry run: would restore ${count} key(s); nothing written`);
  else if (outcome.status === "unchanged")
    lines.push(
      `✓ the target already holds the state before ${path.basename(checkpointFile)}; nothing written`,
    );
  else lines.push(`✓ restored ${count} key(s); record ${outcome.recordFile}`);
  return `${lines.join("\n")}\n`;
}

// Progress off a terminal: one plain, greppable line per finished item (`[12/408] ✓ PASS qwen3:8b
// ollama smoke blind 3.2s`), plus model loads and the interrupt notice. No colour, no cursor moves.
import type { RunEvent } from "../events/run-event.js";
import { formatDuration } from "../format/format.js";
import { parseItemKey } from "../plan/item-key.js";

/** The mark and word of an item status: never colour alone. */
export const STATUS_MARKS: Readonly<Record<string, string>> = {
  passed: "✓ PASS",
  failed: "✗ FAIL",
  error: "! ERROR",
  skipped: "- SKIP",
};

/** The counter line of a finished item. */
export function formatItemLine(event: Extract<RunEvent, { type: "item:end" }>): string {
  const parts = parseItemKey(event.key);
  const width = String(event.total).length;
  const repeat = parts.repeat > 1 ? ` #${parts.repeat}` : "";
  const repair = event.repairs
    ? event.passedAtAttempt !== undefined && event.passedAtAttempt > 1
      ? `✓ repaired at attempt ${event.passedAtAttempt}`
      : `✗ not repaired in ${event.repairs} round${event.repairs === 1 ? "" : "s"}`
    : "";
  const notes = [event.cache === "hit" ? "cached" : "", event.failureType ?? "", repair].filter(Boolean);
  return `[${String(event.done).padStart(width)}/${event.total}] ${STATUS_MARKS[event.status] ?? event.status} ${parts.model} ${parts.harness} ${parts.test} ${parts.passType}${repeat} ${formatDuration(event.wallMs, { compact: true })}${notes.length ? ` (${notes.join(", ")})` : ""}`;
}

/** Writes plain progress lines for the events of a run. */
export function createLineProgress(write: (text: string) => void): (event: RunEvent) => void {
  return (event) => {
    if (event.type === "item:end") write(`${formatItemLine(event)}\n`);
    else if (event.type === "model:load") {
      write(
        event.failure
          ? `! could not load ${event.model} on ${event.harness}: ${event.failure.message}\n`
          : `· loaded ${event.model} on ${event.harness} in ${formatDuration(event.loadMs ?? 0, { compact: true })}\n`,
      );
    } else if (event.type === "run:start") {
      const resumed = event.pending < event.items ? ` (${event.items - event.pending} already done)` : "";
      write(
        `Run ${event.runId}: ${event.pending} items to run${resumed}${event.simulated ? " — simulated" : ""}\n`,
      );
    }
  };
}

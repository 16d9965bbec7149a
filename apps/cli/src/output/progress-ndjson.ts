// `--json`: every run event as one JSON line on stdout (NDJSON), for programs that follow a run.
import type { RunEvent } from "@benchloop/core";

/** Writes each event as a line of JSON. */
export function createNdjsonProgress(write: (text: string) => void): (event: RunEvent) => void {
  return (event) => write(`${JSON.stringify(event)}\n`);
}

// Progress on a terminal: one live bar with counts, pass/fail/error, items per minute and ETA
// (cli-progress), redrawn in place on stderr. Model loads and the interrupt notice print above it.
import type { RunEvent } from "@benchloop/core";
import { formatDuration } from "@benchloop/core";
import cliProgress from "cli-progress";

/** A live progress bar for a run. */
export interface ProgressBar {
  onEvent(event: RunEvent): void;
  /** Stops redrawing and leaves the last state on screen. */
  stop(): void;
}

/** Creates the live bar; it draws on `stream` (a TTY). */
export function createProgressBar(stream: NodeJS.WritableStream = process.stderr): ProgressBar {
  const bar = new cliProgress.SingleBar(
    {
      stream,
      format: "{bar} {value}/{total} | ✓ {passed} ✗ {failed} ! {errors} | {rate}/min | ETA {etaText}",
      barsize: 24,
      hideCursor: true,
      clearOnComplete: true,
      fps: 5,
      etaBuffer: 50,
    },
    cliProgress.Presets.shades_classic,
  );
  const counts = { passed: 0, failed: 0, errors: 0 };
  let started = 0;
  let running = false;
  const payload = (done: number, total: number) => {
    const minutes = (Date.now() - started) / 60_000;
    const rate = minutes > 0 ? done / minutes : 0;
    const remaining = rate > 0 ? ((total - done) / rate) * 60_000 : Number.NaN;
    return {
      ...counts,
      rate: rate.toFixed(1),
      etaText: done === 0 ? "…" : formatDuration(remaining, { compact: true }),
    };
  };
  const above = (text: string) => {
    if (running) bar.stop();
    stream.write(text);
  };
  let last = { done: 0, total: 0 };
  return {
    onEvent(event) {
      if (event.type === "run:start") {
        started = Date.now();
        last = { done: 0, total: event.pending };
        bar.start(event.pending, 0, payload(0, event.pending));
        running = true;
      } else if (event.type === "item:end") {
        if (event.status === "passed") counts.passed++;
        else if (event.status === "failed") counts.failed++;
        else if (event.status === "error") counts.errors++;
        last = { done: event.done, total: event.total };
        if (!running) {
          bar.start(event.total, event.done, payload(event.done, event.total));
          running = true;
        }
        bar.update(event.done, payload(event.done, event.total));
      } else if (event.type === "model:load") {
        above(
          event.failure
            ? `! could not load ${event.model} on ${event.harness}: ${event.failure.message}\n`
            : `· loaded ${event.model} on ${event.harness} in ${formatDuration(event.loadMs ?? 0, { compact: true })}\n`,
        );
        bar.start(last.total, last.done, payload(last.done, last.total));
        running = true;
      }
    },
    stop() {
      if (running) bar.stop();
      running = false;
    },
  };
}

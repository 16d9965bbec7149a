// A run, then the same run served from the cache, with the built CLI against the demo simulator: the
// replayed items carry the first run's timings marked as replayed, and compare between the two runs
// finds no latency change and says which figures came from replays.
import { readFile } from "node:fs/promises";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { makeTempDir, runBenchloop } from "../helpers/cli.js";

interface Item {
  key: string;
  cache: string;
  metrics: { wallMs: number; ttftMs?: number; replayed?: { fromRun: string } };
  generation?: { timing: Record<string, number> };
}
interface Run {
  runId: string;
  summary: { medianWallMs?: number; replayedWallItems?: number };
  items: Item[];
}

let temp: { dir: string; remove: () => Promise<void> };
beforeAll(async () => {
  temp = await makeTempDir("cache-replay");
});
afterAll(() => temp.remove());

async function demoRun(): Promise<Run> {
  const result = await runBenchloop(["run", "--demo", "--tests", "smoke", "--json"], { cwd: temp.dir });
  expect(result.exitCode, result.stderr).toBe(0);
  const end = result.stdout
    .trim()
    .split("\n")
    .map((line) => JSON.parse(line) as { type: string; runDir?: string })
    .find((event) => event.type === "run:end");
  return JSON.parse(await readFile(path.join(end!.runDir!, "run.json"), "utf8")) as Run;
}

describe("cache replays", () => {
  it("keep the timings of the generation they replay, marked replayed; compare sees no latency change", async () => {
    const first = await demoRun();
    const second = await demoRun();
    expect(second.items.length).toBeGreaterThan(0);
    for (const [index, replay] of second.items.entries()) {
      const made = first.items[index]!;
      expect(replay.key).toBe(made.key);
      expect(made.metrics.replayed).toBeUndefined();
      expect(replay.cache).toBe("hit");
      expect(replay.generation?.timing).toEqual(made.generation?.timing);
      expect(replay.metrics).toEqual({ ...made.metrics, replayed: { fromRun: first.runId } });
    }
    expect(second.summary.medianWallMs).toBe(first.summary.medianWallMs);
    expect(second.summary.replayedWallItems).toBe(second.items.length);

    const compared = await runBenchloop(["compare", first.runId, second.runId, "--json"], { cwd: temp.dir });
    expect(compared.exitCode, compared.stderr).toBe(0);
    const comparison = JSON.parse(compared.stdout) as {
      overall: {
        n: number;
        medianWallMs: { a: number; b: number };
        medianTokensPerSec: { a: number; b: number };
        replayedTimings: { a: number; b: number };
      };
    };
    expect(comparison.overall.medianWallMs.b).toBe(comparison.overall.medianWallMs.a);
    expect(comparison.overall.medianTokensPerSec.b).toBe(comparison.overall.medianTokensPerSec.a);
    expect(comparison.overall.replayedTimings).toEqual({ a: 0, b: comparison.overall.n });

    const shown = await runBenchloop(["show", second.runId], { cwd: temp.dir });
    expect(shown.stdout).toContain(
      `† ${second.items.length} of ${second.items.length} items replayed cached generations: their timings were measured when each generation was made`,
    );

    const table = await runBenchloop(["compare", first.runId, second.runId], { cwd: temp.dir });
    expect(table.stdout).toContain(
      `† Items replayed from the cache (A 0 of ${comparison.overall.n}, B ${comparison.overall.n} of ${comparison.overall.n}) carry the timings measured when their generation was made`,
    );
  });
});

// `run --demo --repair` end to end: the CLI, the ollama harness, ollama-sim over a real socket, the
// sandbox. sim/repairer fails every first answer and passes every repair round; sim/stubborn never
// repairs; a second run with the cache replays every first answer and every round.
import { mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import type { ItemResult, Run } from "@benchloop/core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadDemoSimulator } from "../src/builtins.js";
import { runInProcess } from "../src/testing/run-in-process.js";

// Code tests and prompt-pack lines of the live suite (the shipped packs opt every line in to repair).
const TESTS = ["calculator-basic", "csv-parser", "lru-cache", "live/ts-top-words", "live/bottleneck"];

let cwd: string;
beforeAll(async () => {
  cwd = await mkdtemp(path.join(tmpdir(), "benchloop-demo-repair-"));
});
afterAll(async () => {
  await rm(cwd, { recursive: true, force: true });
});

/** `run --demo --repair` over {@link TESTS}, or with `args` instead of the demo's flags. */
async function demoRun(...args: string[]): Promise<{ run: Run; dir: string }> {
  const source = args.length > 0 ? args : ["--demo", "--repair"];
  const result = await runInProcess(
    cwd,
    "run",
    ...source,
    "--tests",
    TESTS.join(","),
    "--pass-types",
    "blind",
  );
  expect(result.code, result.err).toBe(0);
  const runId = /Run (\d{8}T\d{6}Z-[0-9a-f]{6})/.exec(result.out)?.[1];
  expect(runId, result.out).toBeDefined();
  const dir = path.join(cwd, "results", runId!);
  return { run: JSON.parse(await readFile(path.join(dir, "run.json"), "utf8")) as Run, dir };
}

const ofModel = (run: Run, model: string): ItemResult[] => run.items.filter((i) => i.model === model);

describe("run --demo --repair", () => {
  let first: { run: Run; dir: string };

  it("repairs sim/repairer's failed answers (0 % → 100 %) and leaves sim/stubborn's failed", async () => {
    first = await demoRun();
    const { run } = first;
    expect(run.schemaVersion).toBe(2);

    const repairer = ofModel(run, "sim/repairer:latest");
    expect(repairer).toHaveLength(TESTS.length);
    for (const item of repairer) {
      // pass@1 is the first answer: failed; the one repair round passes.
      expect(item.status).toBe("failed");
      expect(item.repairs?.map((r) => [r.attempt, r.status, r.score?.passed])).toEqual([[2, "passed", true]]);
      expect(item.passedAtAttempt).toBe(2);
    }

    const stubborn = ofModel(run, "sim/stubborn:latest");
    expect(stubborn).toHaveLength(TESTS.length);
    for (const item of stubborn) {
      expect(item.status).toBe("failed");
      expect(item.repairs?.map((r) => r.status)).toEqual(["failed"]);
      expect(item.passedAtAttempt).toBeUndefined();
    }

    // The correct model needs no repair.
    for (const item of ofModel(run, "sim/oracle:latest")) {
      expect([item.status, item.passedAtAttempt, item.repairs]).toEqual(["passed", 1, undefined]);
    }

    // The round's failure report is kept, naming a failing check with what it expected and got.
    const round = repairer[0]!.repairs![0]!;
    const report = await readFile(path.join(first.dir, round.feedback.artifact!), "utf8");
    expect(report).toMatch(/^Your answer failed \d+ of \d+ checks?:/);
    expect(report).toContain("✗ ");
    expect(report).toContain("Reply with the complete corrected module");
    // And so is the round's transcript, apart from the first answer's.
    expect(round.generation?.transcript).toMatch(/\/repair-2-transcript\.ndjson$/);
    expect(repairer[0]!.generation?.transcript).toMatch(/\/transcript\.ndjson$/);
    const sent = await readFile(path.join(first.dir, round.generation!.transcript!), "utf8");
    expect(sent).toContain("Your answer failed");
  });

  it("a second run is served from the cache, repair rounds included, with the same outcome", async () => {
    // Against a simulator of the test's own, on a port of its own: the demo's port is shared with the
    // other demo tests running beside this one, and the harness's address is part of the items' hashes.
    const sim = await loadDemoSimulator(cwd);
    const server = await sim.start({ latencyScale: 0, answers: await sim.answers() });
    try {
      const models = ["sim/oracle", "sim/repairer", "sim/stubborn"].join(",");
      const args = ["--ollama-url", server.url, "--models", models, "--repair"];
      const once = await demoRun(...args);
      const again = await demoRun(...args);
      expect(once.run.items.map((i) => i.cache)).toEqual(once.run.items.map(() => "miss"));
      expect(again.run.items.map((i) => i.cache)).toEqual(again.run.items.map(() => "hit"));
      const rounds = again.run.items.flatMap((i) => i.repairs ?? []);
      expect(rounds.length).toBeGreaterThanOrEqual(2 * TESTS.length);
      expect(rounds.every((r) => r.cache === "hit")).toBe(true);
      const outcome = (run: Run) =>
        run.items.map((i) => [i.key, i.status, i.passedAtAttempt, i.repairs?.length]);
      expect(outcome(again.run)).toEqual(outcome(once.run));
      expect(outcome(again.run)).toEqual(
        outcome(first.run).filter(([key]) => once.run.items.some((i) => i.key === key)),
      );
    } finally {
      await server.close();
    }
  });
});

import { readFile } from "node:fs/promises";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import type { WrittenConfig } from "../config/config-schema.js";
import { type RunEvent, RunEventSchema } from "../events/run-event.js";
import { readRunFile } from "../migrations/read-run-file.js";
import type { ItemResult } from "../results/item-result.js";
import { createFakeRecorder, type FakePluginOptions, type FakeRecorder } from "../testing/fake-plugin.js";
import { createFakeWorkspace, type FakeWorkspace } from "../testing/fake-workspace.js";
import { runBenchmark } from "./run-benchmark.js";

let workspaces: FakeWorkspace[] = [];
afterEach(async () => {
  for (const ws of workspaces) await ws.cleanup();
  workspaces = [];
});

async function workspace(
  options: FakePluginOptions = {},
): Promise<{ ws: FakeWorkspace; recorder: FakeRecorder }> {
  const recorder = createFakeRecorder();
  const ws = await createFakeWorkspace({ ...options, recorder });
  workspaces.push(ws);
  return { ws, recorder };
}

async function run(ws: FakeWorkspace, written: WrittenConfig) {
  const config = ws.config({ retries: { max: 0, baseDelayMs: 1, maxDelayMs: 1 }, ...written });
  const events: RunEvent[] = [];
  const outcome = await runBenchmark({
    config,
    registry: ws.registry,
    scope: ws.scope(config),
    cwd: ws.dir,
    onEvent: (event) => events.push(RunEventSchema.parse(event)),
  });
  return { outcome, events };
}

/** t-01 passes at once, t-02 is repaired at attempt 3, t-03 never, t-04 is an error. */
const BASE: WrittenConfig = {
  models: ["fake-small"],
  passTypes: ["blind"],
  sources: { "fake-tests": { count: 4, repair: true } },
  harnesses: {
    fake: {
      items: {
        "t-02": { outcome: "fail", repairAt: 3 },
        "t-03": { outcome: "fail" },
        "t-04": { outcome: "error" },
      },
    },
  },
};

const byTest = (items: readonly ItemResult[]) => new Map(items.map((i) => [i.test, i]));

describe("repair rounds", () => {
  it("shows a failed answer its failing checks, up to `attempts` rounds, stopping at the first pass", async () => {
    const { ws, recorder } = await workspace();
    const { outcome, events } = await run(ws, { ...BASE, repair: { attempts: 2 } });
    const items = byTest(outcome.run.items);

    const passed = items.get("t-01")!;
    expect([passed.status, passed.passedAtAttempt, passed.repairs]).toEqual(["passed", 1, undefined]);

    // The first answer stays the item's pass@1 fact; the rounds are kept beside it.
    const repaired = items.get("t-02")!;
    expect(repaired.status).toBe("failed");
    expect(repaired.generation?.text).toBe("FAIL t-02 blind from fake-small");
    expect(repaired.passedAtAttempt).toBe(3);
    expect(repaired.repairs!.map((r) => [r.attempt, r.status, r.cache, r.generation?.text])).toEqual([
      [2, "failed", "miss", "FAIL t-02 blind from fake-small at attempt 2"],
      [3, "passed", "miss", "PASS t-02 blind from fake-small at attempt 3"],
    ]);
    expect(repaired.repairs![1]!.score?.passed).toBe(true);
    expect(repaired.repairs![0]!.feedback.hash).not.toBe(repaired.repairs![1]!.feedback.hash);

    const stubborn = items.get("t-03")!;
    expect(stubborn.passedAtAttempt).toBeUndefined();
    expect(stubborn.repairs!.map((r) => r.status)).toEqual(["failed", "failed"]);

    // An error is not a wrong answer: no repair.
    const errored = items.get("t-04")!;
    expect([errored.status, errored.repairs, errored.passedAtAttempt]).toEqual([
      "error",
      undefined,
      undefined,
    ]);

    expect(recorder.calls.filter((c) => c.startsWith("follow-up"))).toEqual([
      "follow-up fake-small|fake|t-02|blind#1@2",
      "follow-up fake-small|fake|t-02|blind#1@3",
      "follow-up fake-small|fake|t-03|blind#1@2",
      "follow-up fake-small|fake|t-03|blind#1@3",
    ]);

    // Events: a start and an end per round, and item:end says how the item ended.
    const repairEvents = events.filter((e) => e.type === "item:repair" && e.key.includes("t-02"));
    expect(
      repairEvents.map((e) => (e.type === "item:repair" ? [e.attempt, e.status ?? "start"] : [])),
    ).toEqual([
      [2, "start"],
      [2, "failed"],
      [3, "start"],
      [3, "passed"],
    ]);
    const end = events.find((e) => e.type === "item:end" && e.key.includes("t-02"));
    expect(end).toMatchObject({ repairs: 2, passedAtAttempt: 3, status: "failed" });

    // The failure report and the round's transcript are artifacts; the report names the failing check.
    const runDir = outcome.dir;
    const feedback = await readFile(path.join(runDir, repaired.repairs![0]!.feedback.artifact!), "utf8");
    expect(feedback).toContain("Your answer failed 1 of 1 check:");
    expect(feedback).toContain("✗ answer says PASS");
    // Each round's report and transcript have names of their own (nothing is overwritten).
    expect(repaired.repairs!.map((r) => path.basename(r.feedback.artifact!))).toEqual([
      "repair-2-feedback.txt",
      "repair-3-feedback.txt",
    ]);
    const transcriptOf = async (attempt: number) =>
      JSON.parse(
        await readFile(
          path.join(
            runDir,
            path.dirname(repaired.repairs![0]!.feedback.artifact!),
            `repair-${attempt}-transcript.json`,
          ),
          "utf8",
        ),
      ) as { history: { role: string; content: string }[]; prompt: string };
    expect((await transcriptOf(2)).history).toHaveLength(2);
    const transcript = await transcriptOf(3);
    // Round 3 carries the whole conversation: prompt, answer, report, answer; then the new report.
    expect(transcript.history.map((t) => t.role)).toEqual(["user", "assistant", "user", "assistant"]);
    expect(transcript.history[0]!.content).toBe("Write t-02.");
    expect(transcript.history[1]!.content).toBe("FAIL t-02 blind from fake-small");
    expect(transcript.prompt).toContain("✗ answer says PASS");

    // run.json on disk holds the same rounds and validates at the current schema.
    const onDisk = await readRunFile(runDir);
    expect(byTest(onDisk.run.items).get("t-02")!.repairs).toEqual(repaired.repairs);
  });

  it("repair on or off leaves the items' keys and hashes alone (first answers come from one cache); off, no round runs", async () => {
    const { ws, recorder } = await workspace();
    const off = await run(ws, BASE);
    const on = await run(ws, { ...BASE, repair: { attempts: 1 } });
    expect(off.outcome.run.items.map((i) => [i.key, i.hash])).toEqual(
      on.outcome.run.items.map((i) => [i.key, i.hash]),
    );
    expect(on.outcome.run.items.map((i) => i.cache)).toEqual(["hit", "hit", "hit", "miss"]);
    expect(off.outcome.run.items.some((i) => i.repairs || i.repairUnsupported)).toBe(false);
    expect(recorder.calls.filter((c) => c.startsWith("follow-up"))).toHaveLength(2);
  });

  it("a harness that cannot hold a conversation says so on each failed item", async () => {
    const { ws } = await workspace();
    const written = structuredClone(BASE) as { harnesses: { fake: Record<string, unknown> } };
    written.harnesses.fake.conversation = false;
    const { outcome } = await run(ws, { ...(written as WrittenConfig), repair: { attempts: 1 } });
    const items = byTest(outcome.run.items);
    expect(items.get("t-02")!.repairs).toBeUndefined();
    expect(items.get("t-02")!.repairUnsupported).toContain("the fake harness cannot continue a conversation");
    expect(items.get("t-01")!.repairUnsupported).toBeUndefined();
    expect(items.get("t-04")!.repairUnsupported).toBeUndefined();
  });

  it("tests that are not repairable get no round", async () => {
    const { ws, recorder } = await workspace();
    const { outcome } = await run(ws, {
      ...BASE,
      sources: { "fake-tests": { count: 4 } },
      repair: { attempts: 1 },
    });
    expect(outcome.run.items.some((i) => i.repairs || i.repairUnsupported)).toBe(false);
    expect(recorder.calls.some((c) => c.startsWith("follow-up"))).toBe(false);
  });

  it("a rerun with the cache replays every round: no generation, no follow-up, the same facts", async () => {
    const { ws, recorder } = await workspace();
    const written = { ...BASE, repair: { attempts: 2 } };
    const first = await run(ws, written);
    const callsBefore = recorder.calls.length;
    const second = await run(ws, written);
    const newCalls = recorder.calls.slice(callsBefore);
    // Only t-04 (an error, never cached) is asked again.
    expect(newCalls.filter((c) => c.startsWith("generate") || c.startsWith("follow-up"))).toEqual([
      "generate fake-small|fake|t-04|blind#1#1",
    ]);
    const rounds = second.outcome.run.items.flatMap((i) => i.repairs ?? []);
    expect(rounds).toHaveLength(4);
    expect(rounds.every((r) => r.cache === "hit")).toBe(true);
    const facts = (items: readonly ItemResult[]) =>
      items.map((i) => [
        i.key,
        i.status,
        i.passedAtAttempt,
        i.repairs?.map((r) => [r.attempt, r.status, r.feedback.hash, r.generation?.text, r.score?.passed]),
      ]);
    expect(facts(second.outcome.run.items)).toEqual(facts(first.outcome.run.items));
  });
});

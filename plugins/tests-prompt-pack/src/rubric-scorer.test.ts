import {
  type BenchTest,
  type Generation,
  type ItemContext,
  type Scorer,
  SILENT_LOGGER,
} from "@benchloop/core";
import { afterEach, describe, expect, it } from "vitest";
import type { RubricCheckInput } from "./rubric-check.js";
import { createRubricScorer } from "./rubric-scorer.js";
import { scoreRubric } from "./score-rubric.js";

/** The pattern and answer of issue 15: ~46 s of backtracking in V8's regex engine. */
const CATASTROPHIC: RubricCheckInput = { kind: "regex", pattern: "^(a+)+$" };
const CATASTROPHIC_ANSWER = `${"a".repeat(30)}!`;

function test(checks: RubricCheckInput[]): BenchTest {
  return {
    id: "pack/redos",
    version: "1",
    source: "prompt-pack",
    suite: "pack",
    title: "redos",
    contentHash: "0".repeat(64),
    prompts: { blind: "say a", informed: "say a" },
    scorer: "rubric",
    tags: [],
    data: { checks },
  };
}

function context(signal: AbortSignal): ItemContext {
  return {
    signal,
    logger: SILENT_LOGGER,
    itemKey: "m|h|pack/redos|blind#1",
    timeoutMs: 200,
    artifacts: { write: async (name: string) => name },
  };
}

const generation = (text: string): Generation => ({ text, tokens: {}, timing: { wallMs: 1 } });

let scorers: Scorer[] = [];
function scorer(): Scorer {
  const created = createRubricScorer();
  scorers.push(created);
  return created;
}
afterEach(async () => {
  for (const s of scorers) await s.dispose?.();
  scorers = [];
});

describe("rubric scorer", () => {
  it("gives the same score as scoreRubric, checks evaluated off the main thread", async () => {
    const checks: RubricCheckInput[] = [
      { kind: "contains", values: ["benchloop"] },
      { kind: "regex", pattern: "^\\w+ (\\w+) \\1$" },
      { kind: "word-count", max: 5 },
      { kind: "json", keys: ["a"] },
    ];
    const answer = "benchloop says says";
    const score = await scorer().score(
      { test: test(checks), passType: "blind", generation: generation(answer) },
      context(new AbortController().signal),
    );
    expect(score).toEqual(scoreRubric(checks, answer));
    expect(score.checks.map((c) => c.passed)).toEqual([true, true, true, false]);
  });

  it("a catastrophic regex is stopped when the stage signal aborts: the scorer rejects with its reason", async () => {
    const controller = new AbortController();
    const reason = new DOMException("score took longer than 200 ms", "TimeoutError");
    // This timer fires only if scoring leaves the event loop free (a regex on the main thread holds it ~46 s).
    setTimeout(() => controller.abort(reason), 200);
    const rubric = scorer();
    await expect(
      rubric.score(
        { test: test([CATASTROPHIC]), passType: "blind", generation: generation(CATASTROPHIC_ANSWER) },
        context(controller.signal),
      ),
    ).rejects.toBe(reason);

    // The stopped worker is replaced: the next answer is scored.
    const next = await rubric.score(
      { test: test([CATASTROPHIC]), passType: "blind", generation: generation("aaaa") },
      context(new AbortController().signal),
    );
    expect(next.passed).toBe(true);
  });

  it("answers scored at once do not wait behind a stopped one", async () => {
    const rubric = scorer();
    const stuck = new AbortController();
    const stuckScore = rubric.score(
      { test: test([CATASTROPHIC]), passType: "blind", generation: generation(CATASTROPHIC_ANSWER) },
      context(stuck.signal),
    );
    const quick = await rubric.score(
      { test: test([{ kind: "non-empty" }]), passType: "blind", generation: generation("hello") },
      context(new AbortController().signal),
    );
    expect(quick.passed).toBe(true);
    stuck.abort(new Error("stopped by the test"));
    await expect(stuckScore).rejects.toThrow("stopped by the test");
  });

  it("an aborted signal rejects at once; invalid checks throw ARGUMENT_INVALID before any worker runs", async () => {
    const controller = new AbortController();
    controller.abort(new Error("run aborted"));
    await expect(
      scorer().score(
        { test: test([{ kind: "non-empty" }]), passType: "blind", generation: generation("x") },
        context(controller.signal),
      ),
    ).rejects.toThrow("run aborted");
    await expect(
      scorer().score(
        {
          test: test([{ kind: "regex", pattern: "(" } as RubricCheckInput]),
          passType: "blind",
          generation: generation("x"),
        },
        context(new AbortController().signal),
      ),
    ).rejects.toMatchObject({ code: "ARGUMENT_INVALID" });
  });
});

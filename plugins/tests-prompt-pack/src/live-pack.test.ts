// The shipped live pack is gradeable: it parses cleanly, covers the three role profiles, and for every
// prompt the line's reference answer passes every check while a hand-written sloppy one fails.
import { existsSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { type PromptPackTestData, parsePromptPack } from "./parse-prompt-pack.js";
import { LIVE_PACK_URL } from "./prompt-pack-source.js";
import { scoreRubric } from "./score-rubric.js";

const ANSWERS = new URL("../test/fixtures/live-answers/", import.meta.url);
const pack = parsePromptPack(readFileSync(LIVE_PACK_URL, "utf8"), "live.jsonl", {
  packId: "live",
  suite: "live",
});

function badAnswer(lineId: string): string {
  return readFileSync(new URL(`${lineId}/bad.txt`, ANSWERS), "utf8");
}

function failedChecks(checks: { name: string; passed: boolean; error?: string }[]): string[] {
  return checks.filter((c) => !c.passed).map((c) => `${c.name}: ${c.error ?? ""}`);
}

describe("the live pack", () => {
  it("parses without issues into at least 12 tests of suite live", () => {
    expect(pack.issues).toEqual([]);
    expect(pack.tests.length).toBeGreaterThanOrEqual(12);
    expect(new Set(pack.tests.map((t) => t.suite))).toEqual(new Set(["live"]));
    expect(pack.tests.every((t) => t.id.startsWith("live/"))).toBe(true);
  });

  it("has at least four prompts for each role profile", () => {
    const roles = pack.tests.map((t) => (t.data as PromptPackTestData).role);
    for (const role of ["low_latency", "balanced", "high_reasoning"] as const) {
      expect(roles.filter((r) => r === role).length, role).toBeGreaterThanOrEqual(4);
    }
  });

  it("has a reference answer and a bad answer fixture for every prompt", () => {
    for (const test of pack.tests) {
      const lineId = test.id.slice("live/".length);
      expect((test.data as PromptPackTestData).reference, `${lineId} reference`).toBeTruthy();
      expect(existsSync(fileURLToPath(new URL(`${lineId}/bad.txt`, ANSWERS))), `${lineId}/bad.txt`).toBe(
        true,
      );
    }
  });

  describe.each(pack.tests.map((t) => [t.id, t] as const))("%s", (id, test) => {
    const lineId = id.slice("live/".length);
    const { checks, reference } = test.data as PromptPackTestData;

    it("passes every check with the reference answer", () => {
      const score = scoreRubric(checks, reference ?? "");
      expect(failedChecks(score.checks)).toEqual([]);
      expect(score.passed).toBe(true);
      expect(score.value).toBe(1);
    });

    it("fails with the bad answer, scoring at most 0.6", () => {
      const score = scoreRubric(checks, badAnswer(lineId));
      expect(score.passed).toBe(false);
      expect(score.value).toBeLessThanOrEqual(0.6);
    });

    it("states output rules in the informed prompt beyond the blind one", () => {
      expect(test.prompts.informed.startsWith(test.prompts.blind)).toBe(true);
      expect(test.prompts.informed.length).toBeGreaterThan(test.prompts.blind.length);
    });
  });
});

// The shipped role packs are gradeable and not gameable: each parses cleanly into at least 30 tests of
// its role's suite, and for every line the reference and the alternatives pass every check while each
// known-bad answer fails — scored as a run scores them (SQL in SQLite, code in the sandbox).
import { readFileSync } from "node:fs";
import { createSandboxPool, type SandboxPool } from "@benchloop/sandbox";
import { afterAll, describe, expect, it } from "vitest";
import { type PromptPackTestData, parsePromptPack } from "./parse-prompt-pack.js";
import { BUILTIN_PACK_ID, BUILTIN_PACKS } from "./prompt-pack-source.js";
import { scoreRubricChecks } from "./score-rubric.js";

let pool: SandboxPool | undefined;
const runtime = {
  sandbox: () => {
    pool ??= createSandboxPool({ size: 1 });
    return pool;
  },
};
afterAll(async () => {
  await pool?.close();
});

function failedChecks(checks: { name: string; passed: boolean; error?: string }[]): string[] {
  return checks.filter((c) => !c.passed).map((c) => `${c.name}: ${c.error ?? ""}`);
}

describe.each(BUILTIN_PACKS.map((p) => [p.name, p] as const))("the shipped pack %s", (_name, builtin) => {
  const pack = parsePromptPack(readFileSync(builtin.url, "utf8"), builtin.name, {
    packId: BUILTIN_PACK_ID,
    suite: builtin.suite,
  });

  it("parses into at least 30 tests of its role, in the suite named after the role", () => {
    expect(pack.issues).toEqual([]);
    expect(pack.tests.length).toBeGreaterThanOrEqual(30);
    for (const test of pack.tests) {
      expect(test.suite).toBe(builtin.suite);
      expect((test.data as PromptPackTestData).role, test.id).toBe(builtin.suite);
      expect(test.tags).toContain(`role:${builtin.suite}`);
    }
  });

  it("ships a reference and at least one known-bad answer on every line", () => {
    for (const test of pack.tests) {
      const known = test.knownAnswers ?? [];
      expect(
        known.some((k) => k.expect === "pass" && k.label === "reference"),
        test.id,
      ).toBe(true);
      expect(
        known.some((k) => k.expect === "fail"),
        test.id,
      ).toBe(true);
    }
  });

  describe.each(pack.tests.map((t) => [t.id, t] as const))("%s", (_id, test) => {
    const { checks } = test.data as PromptPackTestData;

    it("passes every check with the reference and each alternative, fails each bad answer", async () => {
      for (const known of test.knownAnswers ?? []) {
        const score = await scoreRubricChecks(checks, known.answer, runtime);
        if (known.expect === "pass") {
          expect(failedChecks(score.checks), known.label).toEqual([]);
          expect(score.value).toBe(1);
        } else {
          expect(score.passed, known.label).toBe(false);
        }
      }
    });

    it("adds output rules to the informed prompt without giving away the answer", () => {
      expect(test.prompts.informed.startsWith(test.prompts.blind)).toBe(true);
      const reference = (test.data as PromptPackTestData).reference ?? "";
      if (reference.length > 12) expect(test.prompts.informed).not.toContain(reference);
    });
  });
});

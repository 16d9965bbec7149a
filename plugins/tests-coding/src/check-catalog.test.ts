// The whole catalog through the real sandbox: references pass every check, every mutant is killed.
import { createSandboxPool, type SandboxPool } from "@benchloop/sandbox";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { checkCatalog } from "./check-catalog.js";

describe("checkCatalog", () => {
  let pool: SandboxPool;
  beforeAll(() => {
    pool = createSandboxPool({ size: 2 });
  });
  afterAll(async () => {
    await pool.close();
  });

  it("passes every reference and kills every mutant of the shipped catalog", async () => {
    const report = await checkCatalog(pool);
    const problems = report.tests
      .filter((test) => !test.ok)
      .map((test) => ({
        id: test.id,
        referenceFailures: test.reference.failedChecks,
        referenceFailure: test.reference.failure,
        referenceTypeCheck: test.reference.typeCheck,
        survivors: test.mutants.survivors,
        formatFailures: test.formats.failures,
      }));
    expect(problems).toEqual([]);
    expect(report.ok).toBe(true);
    expect(report.tests.length).toBeGreaterThanOrEqual(10);
    for (const test of report.tests) {
      expect(test.reference.passRate).toBe(1);
      if (!test.id.startsWith("py-")) expect(test.reference.typeCheck?.passed).toBe(true);
      expect(test.mutants.total).toBeGreaterThanOrEqual(3);
      expect(test.mutants.killed).toBe(test.mutants.total);
      expect(test.formats.passed).toBe(test.formats.total);
    }
  }, 300_000);
});

import { describe, expect, it } from "vitest";
import { evaluateGate } from "./evaluate-gate.js";
import { defaultPolicy } from "./load-policy.js";
import { renderGateReport } from "./render-gate-report.js";
import { readPlebdevRun } from "./test-runs.js";

describe("renderGateReport", () => {
  it("says per profile what was promoted and why, and why every other candidate was not", async () => {
    const { policy, source } = defaultPolicy();
    const report = evaluateGate([await readPlebdevRun()], policy, {
      source,
      now: new Date("2026-03-01T00:00:00.000Z"),
    });
    const text = renderGateReport(report);
    const lines = text.split("\n");
    expect(lines[0]).toBe(
      `# Gate ${report.status === "passed" ? "✓ PASSED" : report.status === "blocked" ? "✗ BLOCKED" : "✗ FAILED"}`,
    );
    expect(lines).toContain("| profile | recommended model | composite | status |");
    for (const profile of report.profiles) {
      expect(text).toContain(`## ${profile.profile}`);
      expect(text).toContain(profile.role);
      for (const candidate of profile.candidates) {
        expect(text).toContain(`- **${candidate.model}**: ${candidate.reasons[0]}`);
        for (const violation of candidate.violations) expect(text).toContain(`  - ${violation.message}`);
      }
    }
    const promoted = report.profiles.find((p) => p.recommendation !== null);
    if (promoted) {
      expect(text).toContain(`Recommended: ${promoted.recommendation} (composite `);
      expect(text).toMatch(/\| 1 \| .+ \| ✓ PROMOTED \| /);
    }
    for (const alert of report.alerts) expect(text).toContain(alert.message);
    expect(lines.at(-2)).toBe(`gateHash ${report.promotion.gateHash}`);
  });
});

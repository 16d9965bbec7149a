import { readFile } from "node:fs/promises";
import { createRegistry, SILENT_LOGGER } from "@benchloop/core";
import { describe, expect, it } from "vitest";
import { GateReportSchema } from "./gate-report.js";
import gateProfilePlugin from "./index.js";
import { MUNINN_POLICY_FILE, makeRun } from "./test-runs.js";

describe("gateProfilePlugin", () => {
  it("registers the profile gate policy, which evaluates runs against policy text or a Muninn object", async () => {
    const registry = createRegistry();
    registry.addPlugin(gateProfilePlugin, "0.1.0");
    expect(registry.list("gate-policy").map((entry) => entry.id)).toEqual(["profile"]);
    const scope = registry.createScope({ config: {} as never, cwd: process.cwd(), logger: SILENT_LOGGER });
    try {
      const gate = scope.get("gate-policy", "profile");
      const run = await makeRun({ models: ["a", "b"], tests: 3 });
      const ctx = { signal: new AbortController().signal, logger: SILENT_LOGGER };
      const fromText = GateReportSchema.parse(
        await gate.evaluate(
          {
            runs: [run],
            policy: "schemaVersion: 1\nname: t\nprofiles:\n  balanced: { objective: { latency: 0 } }\n",
          },
          ctx,
        ),
      );
      expect(fromText.profiles[0]!.recommendation).toBe("a");
      const muninn = JSON.parse(await readFile(MUNINN_POLICY_FILE, "utf8"));
      const fromMuninn = GateReportSchema.parse(await gate.evaluate({ runs: [run], policy: muninn }, ctx));
      expect(fromMuninn.policy.format).toBe("muninn");
      expect(fromMuninn.status).toBe("failed");
    } finally {
      await scope.dispose();
    }
  });

  it("reads a --policy file (recorded as written), defaults to the shipped policy, and documents its report", async () => {
    const registry = createRegistry();
    registry.addPlugin(gateProfilePlugin, "0.1.0");
    const scope = registry.createScope({ config: {} as never, cwd: process.cwd(), logger: SILENT_LOGGER });
    const gate = scope.get("gate-policy", "profile");
    const run = await makeRun({ models: ["a", "b"], tests: 3 });
    const ctx = { signal: new AbortController().signal, logger: SILENT_LOGGER };
    const fromFile = await gate.evaluate(
      { runs: [run], policyFile: { path: MUNINN_POLICY_FILE, written: "muninn.json" } },
      ctx,
    );
    expect(fromFile.policy).toMatchObject({ id: "profile", file: "muninn.json", format: "muninn" });
    const byDefault = await gate.evaluate({ runs: [run] }, ctx);
    expect(byDefault.policy.format).toBe("default");
    const blocks = gate.document({ report: byDefault });
    expect(blocks[0]).toMatchObject({ kind: "heading", level: 1 });
    expect(blocks.some((b) => b.kind === "table")).toBe(true);
    await scope.dispose();
  });
});

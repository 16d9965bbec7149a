import { PassThrough } from "node:stream";
import { createRegistry, type Run, SILENT_LOGGER } from "@benchloop/core";
import { buildRepairRun } from "@benchloop/core/testing";
import { describe, expect, it } from "vitest";
import plugin from "./index.js";
import { buildReportData } from "./report-data.js";

async function exportHtml(runs: Run[], options: Record<string, unknown> = {}): Promise<string> {
  const registry = createRegistry();
  registry.addPlugin(plugin, "0.1.0");
  const scope = registry.createScope({ config: { exporters: {} } as never, cwd: "/" });
  const output = new PassThrough();
  const chunks: Buffer[] = [];
  output.on("data", (chunk: Buffer) => chunks.push(chunk));
  await scope
    .get("exporter", "html")
    .export({ runs, options }, { output, signal: new AbortController().signal, logger: SILENT_LOGGER });
  output.end();
  return Buffer.concat(chunks).toString("utf8");
}

const repairing = buildRepairRun({
  runId: "20260301T000000Z-aaaaaa",
  models: [{ model: "fixer", outcomes: "11111122222222222222" }],
});
const notRepairing = buildRepairRun({
  runId: "20260302T000000Z-bbbbbb",
  models: [{ model: "fixer", outcomes: "111111xxxxxxxxxxxxxx" }],
});

describe("the HTML report of runs made with repair", () => {
  it("puts pass@2 with its interval and the cost of repair in the runs table and the leaderboard", async () => {
    const html = await exportHtml([repairing]);
    expect(html).toContain('<th scope="col" class="num">pass@2 [95% CI]</th>');
    expect(html).toContain(
      'pass@1 [95% CI]</th><th scope="col">pass@2 [95% CI]</th><th scope="col">repair cost</th>',
    );
    expect(html).toContain("30.0% [14.5–51.9]");
    expect(html).toContain("100.0% [83.9–100.0]");
    expect(html).toContain("14 of 14 repaired · +7000 tokens · +28.0 s");
    expect(html).toContain("pass@2 counts an item passed by its first answer or one repair round");
  });

  it("gives every item its passing attempt and repair rounds for the table and drill-down", () => {
    const data = buildReportData([repairing]);
    const first = data.items.find((i) => i.t === "t01")!;
    const repaired = data.items.find((i) => i.t === "t07")!;
    expect(first.pa).toBe(1);
    expect(first.rep).toBeUndefined();
    expect(repaired).toMatchObject({
      s: "failed",
      pa: 2,
      rep: [{ n: 2, s: "passed", v: 1, tk: 500, w: 2000 }],
    });
    expect(data.repair).toBe(true);
    expect(data.leaderboard[0]!.summary.repair).toEqual({
      repaired: 14,
      attempted: 14,
      extraTokens: 7000,
      extraWallMs: 28_000,
    });
  });

  it("says in the comparison how pass@2 and the repair rate changed, with their verdicts", async () => {
    const html = await exportHtml([repairing, notRepairing]);
    expect(html).toContain(
      "Repair: pass@2 100.0% → 30.0%: regressed; repair rate (failed first answers fixed by one repair round) 100.0% → 0.0%: regressed (McNemar on the 14 items whose first answer failed in both runs).",
    );
  });

  it("says which pass rate each gate profile was judged by", async () => {
    const gate = {
      profiles: [
        { profile: "balanced", role: "r", recommendation: "fixer", passMetric: "pass@2", candidates: [] },
        { profile: "fast", role: "r", recommendation: "fixer", passMetric: "pass@1", candidates: [] },
      ],
    };
    const html = await exportHtml([repairing], { gate });
    expect(html).toContain("<h3>balanced — judged by pass@2</h3>");
    expect(html).toContain("<h3>fast</h3>");
  });

  it("leaves the report of runs without repair as it was", async () => {
    const plain = buildRepairRun({
      runId: "20260303T000000Z-cccccc",
      models: [{ model: "m", outcomes: "11ff" }],
    });
    const html = await exportHtml([plain]);
    expect(html).not.toContain("pass@2");
    expect(html).not.toContain("repair cost");
    expect(buildReportData([plain]).repair).toBe(false);
  });
});

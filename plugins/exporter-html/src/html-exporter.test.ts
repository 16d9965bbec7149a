import { readFile } from "node:fs/promises";
import { PassThrough } from "node:stream";
import {
  createRegistry,
  type ItemResult,
  migrateRun,
  type Run,
  RunSchema,
  SILENT_LOGGER,
  summarizeRun,
} from "@benchloop/core";
import { describe, expect, it } from "vitest";
import plugin from "./index.js";
import { buildReportData } from "./report-data.js";

const HOSTILE = `<script>window.__pwned = 1</script><img src=x onerror="window.__pwned = 1">`;

function item(
  model: string,
  passType: "blind" | "informed",
  status: ItemResult["status"],
  extra: Partial<ItemResult> = {},
) {
  const key = `${model}|ollama|add|${passType}#1`;
  return {
    key,
    hash: key,
    model,
    harness: "ollama",
    test: "add",
    testVersion: "1",
    passType,
    repeat: 1,
    status,
    startedAt: "2026-01-01T00:00:00.000Z",
    endedAt: "2026-01-01T00:00:01.000Z",
    attempts: 1,
    cache: "off",
    generation: {
      text: "Here:\n```ts\nexport const add = (a: number, b: number) => a + b;\n```",
      tokens: { prompt: 20, completion: 30 },
      timing: { wallMs: 1200, evalMs: 600 },
    },
    score: {
      scorer: "code",
      scorerVersion: "1",
      passed: status === "passed",
      value: status === "passed" ? 1 : 0.5,
      checks: [
        { name: "adds", passed: true },
        {
          name: "adds negatives",
          passed: status === "passed",
          expected: -3,
          actual: status === "passed" ? -3 : 3,
        },
      ],
    },
    metrics: { wallMs: 1200, decodeTokensPerSec: 50 },
    resources: { peakVramBytes: 5 * 1024 ** 3 },
    ...extra,
  } as ItemResult;
}

function runOf(runId: string, items: ItemResult[], simulated = true): Run {
  return RunSchema.parse({
    schemaVersion: 2,
    runId,
    status: "completed",
    startedAt: "2026-01-01T00:00:00.000Z",
    endedAt: "2026-01-01T00:01:00.000Z",
    durationMs: 60_000,
    simulated,
    summary: summarizeRun(items),
    items,
  });
}

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

const demo = runOf("20260101T000000Z-aaaaaa", [
  item("sim/oracle", "blind", "passed"),
  item("sim/oracle", "informed", "passed"),
  item("sim/sloppy", "blind", "failed", { metrics: { wallMs: 400 } }),
  item("sim/sloppy", "informed", "passed", { metrics: { wallMs: 500 } }),
  item("<b>evil</b>", "blind", "error", {
    generation: { text: HOSTILE, tokens: {}, timing: { wallMs: 10 } },
    score: undefined,
    failure: { stage: "generate", type: "timeout", message: `took too long ${HOSTILE}`, retryable: true },
  }),
]);

describe("the html exporter", () => {
  it("registers exporter `html` with the html extension", () => {
    const registry = createRegistry();
    registry.addPlugin(plugin, "0.1.0");
    expect(registry.entry("exporter", "html").options.extension).toBe("html");
  });

  it("writes one self-contained document: inline style and script, no external resource, a strict CSP", async () => {
    const html = await exportHtml([demo]);
    expect(html.startsWith("<!doctype html>")).toBe(true);
    expect(html).not.toMatch(/<(?:link|img|iframe)\b/i);
    expect(html).not.toMatch(/\b(?:src|href)="(?:https?:)?\/\//i);
    expect(html).toMatch(
      /Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; script-src 'sha256-[A-Za-z0-9+/=]+'/,
    );
    expect(html).toContain("⚠ SIMULATED");
  });

  it("escapes every string a model produced; item data is JSON that cannot close its element", async () => {
    const html = await exportHtml([demo]);
    // The only script elements are the report's own two.
    expect(html.match(/<script\b/gi)).toHaveLength(2);
    expect(html).not.toContain("<b>evil</b>");
    expect(html).toContain("&lt;b&gt;evil&lt;/b&gt;");
    expect(html).not.toContain('onerror="window');
    const data = /<script type="application\/json" id="report-data">([\s\S]*?)<\/script>/.exec(html)![1]!;
    expect(data).not.toContain("<");
    const parsed = JSON.parse(data) as { items: { a?: string; m: string }[] };
    expect(parsed.items.find((i) => i.m === "<b>evil</b>")?.a).toBe(HOSTILE);
  });

  it("ranks the leaderboard by pass@1 with its interval, judge, latency, tokens/s and VRAM", () => {
    const data = buildReportData([demo]);
    expect(data.leaderboard.map((g) => g.model)).toEqual(["sim/oracle", "sim/sloppy", "<b>evil</b>"]);
    expect(data.leaderboard[0]).toMatchObject({
      summary: { items: 2, passed: 2, passAt1: { estimate: 1 } },
      medianWallMs: 1200,
      tokensPerSec: 50,
      peakVramBytes: 5 * 1024 ** 3,
    });
    expect(data.passTypes.find((p) => p.model === "sim/sloppy")).toMatchObject({
      blind: { passAt1: { estimate: 0 } },
      informed: { passAt1: { estimate: 1 } },
    });
  });

  it("draws the charts with a text label beside every mark, and the Pareto frontier", async () => {
    const html = await exportHtml([demo]);
    expect(html).toContain("pass@1 by model and harness");
    expect(html).toContain("harness ollama");
    expect(html).toContain("◆ Pareto frontier");
    // sim/sloppy is fastest, sim/oracle best: both on the frontier.
    expect(html).toContain("◆ sim/sloppy");
    expect(html).toContain("◆ sim/oracle");
    expect(html).toContain("● 0% → ▲ 100% (+100.0 pp)");
  });

  it("marks latency replayed from the cache in the leaderboard, the chart and the item rows", async () => {
    const replay = {
      metrics: { wallMs: 1200, replayed: { fromRun: "20251231T000000Z-bbbbbb" } },
      cache: "hit" as const,
    };
    const run = runOf("20260101T000000Z-cccccc", [
      item("sim/oracle", "blind", "passed", replay),
      item("sim/oracle", "informed", "passed", replay),
      item("sim/sloppy", "blind", "failed", { metrics: { wallMs: 400 } }),
    ]);
    const data = buildReportData([run]);
    expect(data.replayedTimings).toEqual({ replayed: 2, items: 3 });
    expect(data.leaderboard.find((g) => g.model === "sim/oracle")).toMatchObject({
      medianWallMs: 1200,
      replayedWallItems: 2,
    });
    expect(data.leaderboard.find((g) => g.model === "sim/sloppy")?.replayedWallItems).toBeUndefined();
    expect(data.items.filter((i) => i.rp).map((i) => i.rp)).toEqual([
      "20251231T000000Z-bbbbbb",
      "20251231T000000Z-bbbbbb",
    ]);
    const html = await exportHtml([run]);
    expect(html).toContain("1.2 s †");
    expect(html).toContain(
      "† 2 of 3 items replayed cached generations: their latency is the timing measured when each generation was made, not the replay&#39;s.",
    );
    expect(html).toContain("latency of 2 of 2 items replayed from the cache (measured when generated)");
    expect(await exportHtml([demo])).not.toContain("replayed cached generations");
  });

  it("compares two runs with the paired delta and its noise band per model", async () => {
    const b = runOf("20260102T000000Z-bbbbbb", [
      item("sim/oracle", "blind", "failed"),
      item("sim/oracle", "informed", "failed"),
      item("sim/sloppy", "blind", "failed"),
      item("sim/sloppy", "informed", "passed"),
    ]);
    const html = await exportHtml([demo, b]);
    expect(html).toContain("Compare 20260101T000000Z-aaaaaa → 20260102T000000Z-bbbbbb");
    expect(html).toContain("pass@1 change per model with noise bands");
    expect(html).toMatch(/−100\.0 pp (?:● within noise|▼ regressed) \(n=2\)/);
    expect(html).toContain('id="filter-run"');
  });

  it("shows each gate profile's recommendation and the candidates' scores when a gate report is given", async () => {
    const gate = {
      profiles: [
        {
          profile: "balanced",
          recommendation: "sim/oracle",
          candidates: [
            { model: "sim/oracle", score: 0.9, passed: true },
            { model: "<b>evil</b>", score: 0.1, passed: false, violations: [{ message: "errors" }] },
          ],
        },
      ],
    };
    const html = await exportHtml([demo], { gate });
    expect(html).toContain("Gate: recommendation per profile");
    expect(html).toContain("<strong>Recommendation:</strong> ★ sim/oracle");
    expect(html).toContain("★ sim/oracle");
    expect(html).toContain("✗ fail");
    expect(html).not.toContain("<b>evil</b>");
  });

  it("reports an imported plebdev-bench run (counts-only checks, judge verdicts) well under 5 MB", async () => {
    const text = await readFile(new URL("../test/fixtures/plebdev-0.1.0.run.json", import.meta.url), "utf8");
    const run = migrateRun(JSON.parse(text), "plebdev-0.1.0.run.json");
    const html = await exportHtml([run]);
    expect(Buffer.byteLength(html)).toBeLessThan(5 * 1024 * 1024);
    expect(html).not.toContain("⚠ SIMULATED —");
    const data = buildReportData([run]);
    expect(data.items.some((i) => i.cc !== undefined)).toBe(true);
    expect(data.leaderboard.some((g) => g.judge !== undefined)).toBe(true);
  });
});

describe("edge cases", () => {
  it("renders a report of no runs and of a run with no items without failing", async () => {
    const empty = runOf("20260103T000000Z-cccccc", []);
    for (const runs of [[], [empty]]) {
      const html = await exportHtml(runs);
      expect(html).toContain('id="leaderboard-table"');
      expect(html).not.toContain('svg class="chart"');
    }
  });
});

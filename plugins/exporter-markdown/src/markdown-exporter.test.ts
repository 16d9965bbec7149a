import { PassThrough } from "node:stream";
import { createRegistry, type Run, readRunFile, SILENT_LOGGER } from "@benchloop/core";
import { buildRepairRun } from "@benchloop/core/testing";
import { describe, expect, it } from "vitest";
import markdownExporterPlugin from "./index.js";
import { createMarkdownExporter } from "./markdown-exporter.js";
import { escapeCell } from "./markdown-table.js";

const FIXTURE = new URL(
  "../../../packages/core/src/migrations/fixtures/plebdev-0.1.0.run.json",
  import.meta.url,
).pathname;

async function exportToText(runs: Run[]): Promise<string> {
  const output = new PassThrough();
  const chunks: Buffer[] = [];
  output.on("data", (chunk: Buffer) => chunks.push(chunk));
  await createMarkdownExporter().export(
    { runs, options: {} },
    { output, signal: new AbortController().signal, logger: SILENT_LOGGER },
  );
  output.end();
  return Buffer.concat(chunks).toString("utf8");
}

describe("markdown exporter", () => {
  it("summarises a run per model × harness with symbols and intervals", async () => {
    const { run } = await readRunFile(FIXTURE);
    expect(await exportToText([run])).toMatchInlineSnapshot(`
      "## Run 20260125T201851Z-fbba6f

      started 2026-01-25T20:18:51.550Z · 3 h 48 min · 9 items · completed · imported from plebdev-bench run 20260125-121851-fbba6f

      | model | harness | items | ✓ passed | ✗ failed | ! error | skipped | pass@1 (95% CI) | check rate | judge | median wall | tok/s |
      |---|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|
      | all |  | 9 | 1 | 3 | 5 | 0 | 11.1% (2.0–43.5) | 19.8% | 33.3% | 10.5 s | – |
      | functiongemma:latest | ollama | 1 | 0 | 0 | 1 | 0 | 0.0% (0.0–79.3) | 0.0% | – | 1.2 s | – |
      | glm-4.7-flash:latest | ollama | 2 | 1 | 1 | 0 | 0 | 50.0% (9.5–90.5) | 89.1% | 66.7% | 37.8 s | – |
      | olmo-3.1:32b | goose | 1 | 0 | 1 | 0 | 0 | 0.0% (0.0–79.3) | 0.0% | 0.0% | 1.3 s | – |
      | olmo-3.1:32b | opencode | 1 | 0 | 0 | 1 | 0 | 0.0% (0.0–79.3) | 0.0% | – | 933 ms | – |
      | qwen3-coder:30b | ollama | 1 | 0 | 1 | 0 | 0 | 0.0% (0.0–79.3) | 0.0% | 33.3% | 10.5 s | – |
      | qwen3:1.7b | goose | 1 | 0 | 0 | 1 | 0 | 0.0% (0.0–79.3) | 0.0% | – | 9.8 s | – |
      | qwen3:1.7b | ollama | 1 | 0 | 0 | 1 | 0 | 0.0% (0.0–79.3) | 0.0% | – | 6 min 00 s | – |
      | rnj-1:8b | opencode | 1 | 0 | 0 | 1 | 0 | 0.0% (0.0–79.3) | 0.0% | 0.0% | 33.8 s | – |

      ### Errors by type

      | type | items |
      |---|---:|
      | crash | 1 |
      | empty_answer | 1 |
      | http_status | 1 |
      | timeout | 1 |
      | unknown | 1 |
      "
    `);
  });

  it("marks a simulated run with SIMULATED under its heading, and a real one not", async () => {
    const { run } = await readRunFile(FIXTURE);
    const simulated = await exportToText([{ ...run, simulated: true }]);
    expect(simulated.split("\n").slice(0, 5)).toEqual([
      `## Run ${run.runId}`,
      "",
      expect.stringContaining(" · SIMULATED (ollama-sim)"),
      "",
      "> **SIMULATED:** the simulator (ollama-sim) answered this run, not real models; its numbers are no evidence about any real model.",
    ]);
    expect(await exportToText([run])).not.toContain("SIMULATED");
  });

  it("marks latency that came from cache replays and names the run that measured it", async () => {
    const { run } = await readRunFile(FIXTURE);
    const replayed: Run = {
      ...run,
      items: run.items.map((item) =>
        item.model === "glm-4.7-flash:latest"
          ? {
              ...item,
              cache: "hit" as const,
              metrics: { ...item.metrics, replayed: { fromRun: "20260101T000000Z-abcdef" } },
            }
          : item,
      ),
    };
    const text = await exportToText([replayed]);
    expect(text).toContain(
      "| all |  | 9 | 1 | 3 | 5 | 0 | 11.1% (2.0–43.5) | 19.8% | 33.3% | 10.5 s † | – |",
    );
    expect(text).toContain(
      "| glm-4.7-flash:latest | ollama | 2 | 1 | 1 | 0 | 0 | 50.0% (9.5–90.5) | 89.1% | 66.7% | 37.8 s † | – |",
    );
    expect(text).toContain(
      "| qwen3-coder:30b | ollama | 1 | 0 | 1 | 0 | 0 | 0.0% (0.0–79.3) | 0.0% | 33.3% | 10.5 s | – |",
    );
    expect(text).toContain(
      "† 2 of 9 items replayed cached generations: their wall time and tok/s are the timings measured when each generation was made (run 20260101T000000Z-abcdef), not the replay's.",
    );
    expect(await exportToText([run])).not.toContain("†");
  });

  it("escapes pipes and line breaks in cells", () => {
    expect(escapeCell("a|b\nc\\d")).toBe("a\\|b c\\\\d");
  });

  it("registers the markdown exporter", () => {
    const registry = createRegistry();
    registry.addPlugin(markdownExporterPlugin, "0.1.0");
    expect(registry.list("exporter").map((e) => [e.id, e.options.extension])).toEqual([["markdown", "md"]]);
  });
});

describe("markdown exporter with repair", () => {
  it("adds pass@2 with its interval, the items repaired and what repair cost, after pass@1", async () => {
    const run = buildRepairRun({
      runId: "20260301T000000Z-repair",
      models: [
        { model: "fixer", outcomes: "111111222x" },
        { model: "stubborn", harness: "openai", outcomes: "11xx" },
      ],
    });
    const text = await exportToText([run]);
    const lines = text.split("\n");
    expect(lines.find((l) => l.startsWith("| model"))).toBe(
      "| model | harness | items | ✓ passed | ✗ failed | ! error | skipped | pass@1 (95% CI) | pass@2 (95% CI) | repaired | repair tokens | repair time | check rate | judge | median wall | tok/s |",
    );
    expect(lines.find((l) => l.startsWith("| fixer"))).toBe(
      "| fixer | ollama | 10 | 6 | 4 | 0 | 0 | 60.0% (31.3–83.2) | 90.0% (59.6–98.2) | 3 of 4 | 2000 | 8.0 s | 80.0% | – | 1.0 s | 40 |",
    );
    expect(lines.find((l) => l.startsWith("| stubborn"))).toContain(
      "| 50.0% (15.0–85.0) | 50.0% (15.0–85.0) | 0 of 2 | 1000 | 4.0 s |",
    );
    expect(lines.find((l) => l.startsWith("| all"))).toContain(
      "| 8 | 6 | 0 | 0 | 57.1% (32.6–78.6) | 78.6% (52.4–92.4) | 3 of 6 |",
    );
    expect(text).toContain("pass@2 counts an item passed by its first answer or by one repair round");
  });

  it("leaves a run without repair as it was", async () => {
    const run = buildRepairRun({ runId: "20260301T000000Z-plain", models: [{ model: "m", outcomes: "1f" }] });
    const text = await exportToText([run]);
    expect(text).not.toContain("pass@2");
    expect(text).not.toContain("repair");
  });
});

import { PassThrough } from "node:stream";
import { ConfigSchema, createRegistry, type Run } from "@benchloop/core";
import { describe, expect, it } from "vitest";
import helloExporterPlugin from "./index.js";

const run: Run = {
  schemaVersion: 2,
  runId: "20261123T090000Z-abc123",
  status: "completed",
  startedAt: "2026-11-23T09:00:00.000Z",
  endedAt: "2026-11-23T09:01:00.000Z",
  durationMs: 60_000,
  simulated: true,
  plugins: [],
  summary: {
    items: 2,
    passed: 1,
    failed: 1,
    error: 0,
    skipped: 0,
    errorsByType: {},
    cache: { hits: 0, misses: 2 },
    byModel: {},
    byHarness: {},
  },
  items: (["passed", "failed"] as const).map((status, i) => ({
    key: `sim/oracle|ollama|smoke|blind#${i + 1}`,
    hash: String(i),
    model: "sim/oracle",
    harness: "ollama",
    test: "smoke",
    testVersion: "1",
    passType: "blind" as const,
    repeat: i + 1,
    status,
    startedAt: "2026-11-23T09:00:00.000Z",
    endedAt: "2026-11-23T09:00:01.000Z",
    attempts: 1,
    cache: "miss" as const,
    metrics: { wallMs: 1000 },
  })),
};

describe("hello exporter", () => {
  it("writes one greeting line per run with the configured greeting", async () => {
    const registry = createRegistry();
    registry.addPlugin(helloExporterPlugin, "0.1.0");
    const scope = registry.createScope({
      config: ConfigSchema.parse({ exporters: { hello: { greeting: "Hi!" } } }),
      cwd: "/",
    });
    const output = new PassThrough();
    const chunks: string[] = [];
    output.on("data", (chunk: Buffer) => chunks.push(chunk.toString()));
    await scope
      .get("exporter", "hello")
      .export(
        { runs: [run, run], options: {} },
        { output, signal: new AbortController().signal, logger: console },
      );
    expect(chunks.join("")).toBe("Hi! run 20261123T090000Z-abc123: 1/2 items passed\n".repeat(2));
  });
});

import { readFile } from "node:fs/promises";
import { describe, expect, it } from "vitest";
import { ConfigSchema } from "../config/config-schema.js";
import { RunEventSchema } from "../events/run-event.js";
import { PlanSchema } from "../plan/plan-schema.js";
import { ItemResultSchema } from "../results/item-result.js";
import { RunSchema } from "../results/run-schema.js";
import { toJsonSchemaFiles } from "./json-schemas.js";

const item = {
  key: "qwen3:8b|ollama|smoke|blind#1",
  hash: "a".repeat(64),
  model: "qwen3:8b",
  modelDigest: "500a1f067a9f",
  harness: "ollama",
  test: "smoke",
  testVersion: "1",
  suite: "coding",
  passType: "blind",
  repeat: 1,
  status: "failed",
  startedAt: "2026-01-25T20:18:51.864Z",
  endedAt: "2026-01-25T20:19:04.096Z",
  attempts: 1,
  cache: "miss",
  generation: {
    text: "export function add(a: number, b: number) { return a - b; }",
    tokens: { prompt: 53, completion: 218 },
    timing: { wallMs: 10119, ttftMs: 812, evalMs: 9000, promptEvalMs: 120 },
    doneReason: "stop",
  },
  score: {
    scorer: "code",
    scorerVersion: "1",
    passed: false,
    value: 0.5,
    checks: [
      { name: "add > adds", passed: false, expected: 3, actual: -1 },
      { name: "add > zero", passed: true },
    ],
  },
  metrics: { wallMs: 10130, decodeTokensPerSec: 24.2 },
};

describe("schemas", () => {
  it("round-trips an item result through JSON unchanged", () => {
    const parsed = ItemResultSchema.parse(JSON.parse(JSON.stringify(item)));
    expect(JSON.parse(JSON.stringify(parsed))).toEqual(item);
  });

  it("round-trips a run and a plan with their schemaVersion", () => {
    const summary = {
      items: 1,
      passed: 0,
      failed: 1,
      error: 0,
      skipped: 0,
      errorsByType: {},
      cache: { hits: 0, misses: 1 },
      byModel: {},
      byHarness: {},
    };
    const run = RunSchema.parse({
      schemaVersion: 2,
      runId: "20260125T201851Z-fbba6f",
      status: "completed",
      startedAt: item.startedAt,
      endedAt: item.endedAt,
      durationMs: 12232,
      summary,
      items: [item],
    });
    expect(RunSchema.parse(JSON.parse(JSON.stringify(run)))).toEqual(run);
    expect(() => RunSchema.parse({ ...run, schemaVersion: 3 })).toThrow();

    const plan = PlanSchema.parse({
      schemaVersion: 1,
      runId: run.runId,
      createdAt: run.startedAt,
      config: ConfigSchema.parse({}),
      environment: {
        os: "linux 6.1.0",
        arch: "x64",
        cpu: { model: "AMD EPYC", cores: 2 },
        memoryBytes: 25_769_803_776,
        node: "v20.20.2",
        benchloop: "0.1.0",
        configHash: "b".repeat(64),
      },
      plugins: [
        { name: "@benchloop/harness-ollama", version: "0.1.0", kinds: ["harness"], origin: "builtin" },
      ],
      models: [{ name: "qwen3:8b", harness: "ollama", digest: "500a1f067a9f" }],
      tests: [
        {
          id: "smoke",
          version: "1",
          source: "coding",
          suite: "coding",
          contentHash: "c".repeat(64),
          scorer: "code",
        },
      ],
      items: [
        {
          key: item.key,
          hash: item.hash,
          model: "qwen3:8b",
          harness: "ollama",
          test: "smoke",
          passType: "blind",
          repeat: 1,
        },
      ],
    });
    expect(PlanSchema.parse(JSON.parse(JSON.stringify(plan)))).toEqual(plan);
  });

  it("rejects an unknown field on an item result with its path", () => {
    const result = ItemResultSchema.safeParse({ ...item, colour: "red" });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.code).toBe("unrecognized_keys");
  });

  it("discriminates run events by type", () => {
    const event = RunEventSchema.parse({ type: "item:start", time: item.startedAt, key: item.key, index: 0 });
    expect(event.type).toBe("item:start");
    expect(RunEventSchema.safeParse({ type: "item:teleport", time: item.startedAt }).success).toBe(false);
  });

  it("keeps docs/schema in step with the zod schemas", async () => {
    const files = toJsonSchemaFiles();
    expect(Object.keys(files).sort()).toContain("run.schema.json");
    for (const [name, text] of Object.entries(files)) {
      const committed = await readFile(
        new URL(`../../../../docs/schema/${name}`, import.meta.url),
        "utf8",
      ).catch(() => "");
      expect(committed, `docs/schema/${name} is stale; run pnpm schema:gen`).toBe(text);
    }
  });
});

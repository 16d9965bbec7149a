// Runs for the browser tests: a demo-like simulated run (the ollama-sim models over the coding tests,
// with checks, judge verdicts, resources and every status), a second run to compare with it, and the
// imported plebdev-bench fixture. One item's answer carries script and onerror payloads.
import { readFile } from "node:fs/promises";
import { type ItemResult, migrateRun, type Run, RunSchema, summarizeRun } from "@benchloop/core";

/** Sets `window.__pwned` if any markup in an answer ever runs. */
export const XSS_ANSWER = [
  "Here is my answer.",
  "<script>window.__pwned = 'script'</script>",
  "<img src=x onerror=\"window.__pwned = 'img'\">",
  "<svg onload=\"window.__pwned = 'svg'\"></svg>",
  "</script><script>window.__pwned = 'breakout'</script>",
  "```ts",
  "export const add = (a: number, b: number) => a + b; // </pre><img src=y onerror=window.__pwned=1>",
  "```",
].join("\n");

/** The model whose answer is hostile. */
export const XSS_MODEL = "sim/<img src=z onerror=window.__pwned=1>";

const MODELS = [
  { name: "sim/oracle", quality: 0.95, wallMs: 2400, tps: 45, vram: 5_461_352_448 },
  { name: "sim/sloppy", quality: 0.45, wallMs: 900, tps: 90, vram: 2_842_165_248 },
  { name: "sim/thinker", quality: 0.85, wallMs: 7800, tps: 40, vram: 6_114_639_872 },
  { name: "sim/prose", quality: 0.05, wallMs: 1600, tps: 48, vram: 4_970_250_240 },
  { name: "sim/flaky", quality: 0.7, wallMs: 2600, tps: 42, vram: 5_742_002_176 },
];
const TESTS = ["smoke", "calculator-basic", "lru-cache", "csv-parser", "semver-compare", "interval-merge"];

/** A small deterministic generator (mulberry32). */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function demoItem(
  model: (typeof MODELS)[number],
  harness: string,
  test: string,
  passType: "blind" | "informed",
  next: () => number,
  shift: number,
): ItemResult {
  const key = `${model.name}|${harness}|${test}|${passType}#1`;
  const quality = Math.min(1, Math.max(0, model.quality + (passType === "informed" ? 0.1 : -0.05) + shift));
  const roll = next();
  const wallMs = Math.round(model.wallMs * (0.7 + next() * 0.6));
  const started = "2026-02-01T10:00:00.000Z";
  const base = {
    key,
    hash: key,
    model: model.name,
    harness,
    test,
    testVersion: "1",
    suite: "coding",
    passType,
    repeat: 1,
    startedAt: started,
    endedAt: started,
    attempts: 1,
    cache: "miss" as const,
    metrics: { wallMs, decodeTokensPerSec: model.tps, ttftMs: Math.round(wallMs * 0.1) },
    resources: { peakVramBytes: model.vram },
  };
  if (model.name === "sim/flaky" && roll < 0.15) {
    return {
      ...base,
      status: "error",
      failure: {
        stage: "generate",
        type: "http_status",
        message: "HTTP 500: simulated transient failure",
        retryable: true,
        status: 500,
      },
    } as ItemResult;
  }
  if (model.name === "sim/prose") {
    return {
      ...base,
      status: "failed",
      generation: {
        text: "I'm sorry, but I can't write that code. It would be better to consult the documentation.",
        tokens: { prompt: 120, completion: 22 },
        timing: { wallMs, evalMs: wallMs * 0.6, promptEvalMs: wallMs * 0.1, loadMs: 0 },
        doneReason: "stop",
      },
      score: {
        scorer: "code",
        scorerVersion: "1",
        passed: false,
        value: 0,
        checks: [],
        failure: {
          stage: "score",
          type: "no_code",
          message: "the answer has no code block",
          retryable: false,
        },
      },
    } as ItemResult;
  }
  const total = 6;
  const passedChecks = roll < quality ? total : Math.floor(next() * total);
  const passed = passedChecks === total;
  const checks = Array.from({ length: total }, (_, i) => ({
    name: `${test}: check ${i + 1}`,
    passed: i < passedChecks,
    ...(i < passedChecks ? {} : { expected: i * 2, actual: i * 2 + 1 }),
  }));
  const judgeScore = Math.round(Math.min(1, Math.max(0, quality + (next() - 0.5) * 0.3)) * 10) / 10;
  return {
    ...base,
    status: passed ? "passed" : "failed",
    generation: {
      text: `Here is the module.\n\n\`\`\`typescript\nexport function ${test.replace(/-/g, "_")}(): number {\n  return ${passedChecks};\n}\n\`\`\`\n`,
      ...(model.name === "sim/thinker"
        ? { thinking: `The task is ${test}. I will check the edge cases first.` }
        : {}),
      tokens: { prompt: 180, completion: 240 },
      timing: { wallMs, evalMs: wallMs * 0.7, promptEvalMs: wallMs * 0.1, loadMs: 0 },
      doneReason: "stop",
    },
    score: { scorer: "code", scorerVersion: "1", passed, value: passedChecks / total, checks },
    judge: {
      status: "ok",
      judge: "sim/judge",
      score: judgeScore,
      criteria: [
        { name: "Correctness", weight: 3, score: judgeScore },
        { name: "Style", weight: 1, score: Math.min(1, judgeScore + 0.1) },
      ],
      reasoning: `Scripted verdict for ${test}.`,
      latencyMs: 300,
      cache: "miss",
    },
  } as ItemResult;
}

function toRun(runId: string, items: ItemResult[], simulated: boolean): Run {
  return RunSchema.parse({
    schemaVersion: 2,
    runId,
    status: "completed",
    startedAt: "2026-02-01T10:00:00.000Z",
    endedAt: "2026-02-01T10:04:10.000Z",
    durationMs: 250_000,
    simulated,
    environment: {
      os: "linux 6.1.0",
      arch: "x64",
      cpu: { model: "Simulated CPU", cores: 2 },
      memoryBytes: 16 * 1024 ** 3,
      node: "v20.20.2",
      benchloop: "0.1.0",
      configHash: "0".repeat(64),
      backends: [{ harness: "ollama", available: true, version: "0.12.0 (ollama-sim)" }],
    },
    summary: summarizeRun(items),
    items,
  });
}

/** A demo-like simulated run; `seed` and `shift` vary it (for a second run to compare). */
export function demoRun(runId = "20260201T100000Z-dem001", seed = 1, shift = 0): Run {
  const next = random(seed);
  const items: ItemResult[] = [];
  for (const model of MODELS)
    for (const harness of ["ollama", "openai"])
      for (const test of TESTS)
        for (const passType of ["blind", "informed"] as const)
          items.push(demoItem(model, harness, test, passType, next, shift));
  items.push({
    ...items[0]!,
    key: `${XSS_MODEL}|ollama|smoke|blind#1`,
    hash: "xss",
    model: XSS_MODEL,
    status: "failed",
    generation: { text: XSS_ANSWER, thinking: XSS_ANSWER, tokens: {}, timing: { wallMs: 50 } },
    score: {
      scorer: "code",
      scorerVersion: "1",
      passed: false,
      value: 0,
      checks: [
        { name: "<b>check</b>", passed: false, expected: "<i>x</i>", actual: XSS_ANSWER, error: XSS_ANSWER },
      ],
    },
    judge: {
      status: "judge_error",
      judge: "sim/judge",
      criteria: [],
      error: `could not read ${XSS_ANSWER}`,
    },
    failure: undefined,
    metrics: { wallMs: 50 },
  });
  return toRun(runId, items, true);
}

/** The 408-item plebdev-bench run, imported through the migration chain. */
export async function plebdevRun(): Promise<Run> {
  const file = new URL("./fixtures/plebdev-bench-run.json", import.meta.url);
  return migrateRun(JSON.parse(await readFile(file, "utf8")), file.pathname);
}

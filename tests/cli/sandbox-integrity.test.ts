// Wrong answers that attack the sandbox's scoring, end to end: the simulator serves them as the models'
// answers to the smoke `add` test, the built CLI runs and scores them, and none is recorded passed.
import { type ChildProcess, spawn } from "node:child_process";
import { readdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { makeTempDir, REPO_ROOT, runBenchloop } from "../helpers/cli.js";

const SIM_BIN = path.join(REPO_ROOT, "packages/ollama-sim/dist/bin.js");

/** Report lines in the runner's message shapes: a load, every check passed, done. */
const FORGED_LINES = `[{ t: "plan", checks: [0, 1, 2, 3, 4, 5].map((i) => ({ name: "check " + i, timeoutMs: 1000 })) },
  { t: "phase", phase: "load" }, { t: "load", ok: true },
  ...[0, 1, 2, 3, 4, 5].flatMap((i) => [{ t: "start", i }, { t: "check", i, passed: true }]),
  { t: "done", cpuMs: 1 }].map((line) => JSON.stringify(line) + "\\n").join("")`;

/** The attacks, each a wrong `add` (it subtracts) served for one model and pass type. */
const ATTACKS = {
  forgedReports: `import { writeSync } from "node:fs";
export function add(a: number, b: number): number { return a - b; }
writeSync(3, ${FORGED_LINES});
for (;;) {}`,
  patchedIntrinsics: `Object.is = () => true;
Array.prototype.includes = () => true;
Math.abs = () => 0;
export function add(a: number, b: number): number { return a - b; }`,
  stolenKeyThenForgery: `import { writeSync } from "node:fs";
const v8 = (process as unknown as { getBuiltinModule(id: string): { getHeapSnapshot(): unknown } }).getBuiltinModule("node:v8");
v8.getHeapSnapshot();
writeSync(3, ${FORGED_LINES});
export function add(a: number, b: number): number { return a - b; }`,
  replacedTestGlobals: `const g = globalThis as Record<string, unknown>;
const pass = (): unknown => new Proxy(() => undefined, { get: () => pass, apply: () => pass() });
g.expect = pass; g.it = () => undefined; g.describe = (_: string, fn: () => void) => fn();
try { (process as unknown as { mainModule?: { require: { cache: object } } }).mainModule?.require.cache; } catch {}
export function add(a: number, b: number): number { return a - b; }`,
};

const fenced = (code: string) => `\`\`\`ts\n${code}\n\`\`\``;

let temp: { dir: string; remove: () => Promise<void> };
let sim: ChildProcess;
let simUrl: string;

beforeAll(async () => {
  temp = await makeTempDir("sandbox-integrity");
  const book = [
    // The blind prompt: sim/oracle answers `answer`, sim/sloppy `flawedAnswer`.
    {
      prompt: "exports a function `add(a, b)` that returns the sum of two numbers",
      answer: fenced(ATTACKS.forgedReports),
      flawedAnswer: fenced(ATTACKS.patchedIntrinsics),
    },
    // The informed prompt (longer match wins).
    {
      prompt: "It is a pure function: it keeps no state and changes nothing outside itself.",
      answer: fenced(ATTACKS.stolenKeyThenForgery),
      flawedAnswer: fenced(ATTACKS.replacedTestGlobals),
    },
  ];
  const bookFile = path.join(temp.dir, "book.json");
  await writeFile(bookFile, JSON.stringify(book));
  sim = spawn(process.execPath, [SIM_BIN, "--port", "0", "--latency-scale", "0", "--answers", bookFile], {
    stdio: ["ignore", "pipe", "inherit"],
  });
  simUrl = await new Promise<string>((resolve, reject) => {
    let printed = "";
    sim.stdout?.on("data", (chunk: Buffer) => {
      printed += chunk.toString("utf8");
      const url = /listening on (http:\/\/[0-9.:]+)/.exec(printed)?.[1];
      if (url) resolve(url);
    });
    sim.on("exit", (code) => reject(new Error(`ollama-sim exited with ${code}: ${printed}`)));
  });
});

afterAll(async () => {
  if (sim.exitCode === null) {
    const exited = new Promise((resolve) => sim.once("exit", resolve));
    sim.kill("SIGTERM");
    await exited;
  }
  await temp.remove();
});

interface RecordedItem {
  key: string;
  status: string;
  score?: { passed: boolean; value: number; failure?: { type: string } };
}

describe("benchloop run scores attacking answers honestly", () => {
  let items: Map<string, RecordedItem>;
  let summary: string;

  beforeAll(async () => {
    const result = await runBenchloop(
      [
        "run",
        "--ollama-url",
        simUrl,
        "--models",
        "sim/oracle:latest,sim/sloppy:latest",
        "--tests",
        "smoke",
        "--pass-types",
        "blind,informed",
        "--no-cache",
        "-q",
      ],
      { cwd: temp.dir },
    );
    expect(result.exitCode, result.stderr).toBe(0);
    summary = result.stdout;
    const runs = await readdir(path.join(temp.dir, "results"));
    const runDir = path.join(temp.dir, "results", runs.find((name) => !name.startsWith(".")) as string);
    const lines = (await readFile(path.join(runDir, "items.jsonl"), "utf8")).trim().split("\n");
    items = new Map(
      lines.map((line) => JSON.parse(line) as RecordedItem).map((item) => [item.key, item] as const),
    );
  });

  it.each([
    [
      "forged load, check and done lines on fd 3, then a loop",
      "sim/oracle:latest|ollama|smoke|blind#1",
      "sandbox_violation",
    ],
    [
      "a heap snapshot to steal the report key, then forged lines",
      "sim/oracle:latest|ollama|smoke|informed#1",
      "sandbox_violation",
    ],
    [
      "Object.is, Array.prototype.includes and Math.abs patched",
      "sim/sloppy:latest|ollama|smoke|blind#1",
      undefined,
    ],
    [
      "describe, it and expect replaced on the global object",
      "sim/sloppy:latest|ollama|smoke|informed#1",
      undefined,
    ],
  ] as const)("%s: recorded failed, never passed", (attack, key, failureType) => {
    const item = items.get(key);
    expect(item, `${key} is missing from items.jsonl`).toBeDefined();
    expect(item?.status, attack).toBe("failed");
    expect(item?.score?.passed, attack).toBe(false);
    if (failureType) {
      expect(item?.score?.failure?.type).toBe(failureType);
      expect(item?.score?.value).toBe(0);
    } else {
      expect(item?.score?.value).toBeLessThan(1);
    }
  });

  it("the run's summary counts no item passed", () => {
    expect(summary).toMatch(/✓ 0 passed/);
  });
});

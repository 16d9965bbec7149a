// A prompt pack whose regex check backtracks catastrophically on the model's answer, run with the built
// CLI against ollama-sim: the check is stopped at `timeouts.scoreMs` and recorded as a scoring timeout
// while the run goes on, and Ctrl-C during that scoring ends the run as interrupted with exit code 130
// (at once when the cache keeps the answer).
import { readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { type SimServer, startSim } from "@benchloop/ollama-sim";
import { execa } from "execa";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CLI_MAIN, makeTempDir, runBenchloop } from "../helpers/cli.js";

const REDOS_PROMPT = "Reply with the letter a, forty times, then an exclamation mark.";
const HELLO_PROMPT = "Reply with the single word hello.";
const MODEL = "sim/oracle:latest";

let temp: { dir: string; remove: () => Promise<void> };
let sim: SimServer;

async function writeConfig(scoreMs: number): Promise<void> {
  const config = {
    harnesses: { ollama: { baseUrl: sim.url } },
    models: [MODEL],
    passTypes: ["blind"],
    suites: ["redos"],
    concurrency: 1,
    timeouts: { scoreMs },
    sources: { "prompt-pack": { includeBuiltin: false, packs: [{ file: "redos.jsonl" }] } },
  };
  await writeFile(path.join(temp.dir, "benchloop.config.json"), JSON.stringify(config, null, 2));
}

interface RunFile {
  status: string;
  items: { test: string; status: string; failure?: { stage: string; type: string } }[];
}

const readRun = async (runDir: string): Promise<RunFile> =>
  JSON.parse(await readFile(path.join(runDir, "run.json"), "utf8")) as RunFile;

/**
 * Runs `benchloop run --json <args>` and sends one SIGINT once the catastrophic answer is being scored;
 * returns the exit code, stderr and the run file the run ended with.
 */
async function interruptOnceWhileScoring(
  args: readonly string[],
): Promise<{ exitCode: number | undefined; stderr: string; run: RunFile }> {
  const child = execa("node", [CLI_MAIN, "run", "--json", ...args], {
    cwd: temp.dir,
    env: { NO_COLOR: "1" },
    reject: false,
    timeout: 60_000,
  });
  let stdout = "";
  let interrupted = false;
  child.stdout?.on("data", (chunk: Buffer) => {
    stdout += chunk.toString();
    if (!interrupted && /"type":"item:stage"[^\n]*a-redos[^\n]*"stage":"score"/.test(stdout)) {
      interrupted = true;
      child.kill("SIGINT");
    }
  });
  const result = await child;
  expect(interrupted).toBe(true);
  const end = stdout
    .trim()
    .split("\n")
    .map((line) => JSON.parse(line) as { type: string; runDir?: string })
    .find((event) => event.type === "run:end");
  return { exitCode: result.exitCode, stderr: result.stderr, run: await readRun(end!.runDir!) };
}

beforeAll(async () => {
  temp = await makeTempDir("rubric-timeout");
  sim = await startSim({
    latencyScale: 0,
    answers: [
      // 2^40 backtracking steps for /^(a+)+$/ in V8's regex engine: the check would never end by itself.
      { prompt: REDOS_PROMPT, answer: `${"a".repeat(40)}!` },
      { prompt: HELLO_PROMPT, answer: "hello" },
    ],
  });
  const pack = [
    { id: "a-redos", prompt: REDOS_PROMPT, checks: [{ kind: "regex", pattern: "^(a+)+$" }] },
    { id: "b-hello", prompt: HELLO_PROMPT, checks: [{ kind: "contains", values: ["hello"] }] },
  ];
  await writeFile(path.join(temp.dir, "redos.jsonl"), pack.map((line) => JSON.stringify(line)).join("\n"));
});
afterAll(async () => {
  await sim?.close();
  await temp?.remove();
});

describe("a catastrophic rubric regex", () => {
  it("is stopped at timeouts.scoreMs and recorded as a scoring timeout; the run goes on and completes", async () => {
    await writeConfig(1000);
    const result = await runBenchloop(["run", "--no-cache", "--json"], { cwd: temp.dir, timeoutMs: 60_000 });
    expect(result.exitCode, result.stderr).toBe(0);
    const end = result.stdout
      .trim()
      .split("\n")
      .map((line) => JSON.parse(line) as { type: string; runDir?: string })
      .find((event) => event.type === "run:end");
    const run = await readRun(end!.runDir!);
    expect(run.status).toBe("completed");
    expect(run.items.map((i) => [i.test, i.status, i.failure?.stage, i.failure?.type])).toEqual([
      ["redos/a-redos", "error", "score", "timeout"],
      ["redos/b-hello", "passed", undefined, undefined],
    ]);
  });

  it("Ctrl-C while it is scored takes effect: the run ends interrupted, not completed, with exit code 130", async () => {
    await writeConfig(600_000);
    const child = execa("node", [CLI_MAIN, "run", "--no-cache", "--json"], {
      cwd: temp.dir,
      env: { NO_COLOR: "1" },
      reject: false,
      timeout: 60_000,
    });
    let stdout = "";
    let stderr = "";
    let interrupts = 0;
    child.stdout?.on("data", (chunk: Buffer) => {
      stdout += chunk.toString();
      // The first Ctrl-C once the catastrophic answer is being scored.
      if (interrupts === 0 && /"type":"item:stage"[^\n]*a-redos[^\n]*"stage":"score"/.test(stdout)) {
        interrupts++;
        child.kill("SIGINT");
      }
    });
    child.stderr?.on("data", (chunk: Buffer) => {
      stderr += chunk.toString();
      // The first Ctrl-C was handled while the check ran (a check on the main thread would hold it
      // for days); the second aborts the item being scored.
      if (interrupts === 1 && stderr.includes("Stopping: no new items")) {
        interrupts++;
        child.kill("SIGINT");
      }
    });
    const result = await child;
    expect(interrupts, stderr).toBe(2);
    expect(result.exitCode, stderr).toBe(130);
    const end = stdout
      .trim()
      .split("\n")
      .map((line) => JSON.parse(line) as { type: string; runDir?: string; status?: string })
      .find((event) => event.type === "run:end");
    expect(end?.status).toBe("interrupted");
    const run = await readRun(end!.runDir!);
    expect(run.status).toBe("interrupted");
    expect(run.items).toEqual([]);
  });

  it("with --grace 1, a single Ctrl-C while it is scored ends the run interrupted with exit code 130", async () => {
    await writeConfig(600_000);
    const { exitCode, stderr, run } = await interruptOnceWhileScoring(["--no-cache", "--grace", "1"]);
    expect(exitCode, stderr).toBe(130);
    expect(run.status).toBe("interrupted");
    expect(run.items).toEqual([]);
  });

  it("with the cache on, a single Ctrl-C while it is scored stops the scoring at once: interrupted, exit code 130", async () => {
    await writeConfig(600_000);
    // The default grace period (30 s) is not waited for: the cache keeps the answer, a resume scores it.
    const { exitCode, stderr, run } = await interruptOnceWhileScoring([]);
    expect(exitCode, stderr).toBe(130);
    expect(run.status).toBe("interrupted");
    expect(run.items).toEqual([]);
  });

  it("a single Ctrl-C while the last item is scored lets it end at scoreMs: recorded completed, exit code 0", async () => {
    await writeConfig(1500);
    const { exitCode, run } = await interruptOnceWhileScoring(["--no-cache", "--tests", "redos/a-redos"]);
    // Every item was recorded, so the run is complete, and its exit code says so (130 only when interrupted).
    expect([run.status, exitCode]).toEqual(["completed", 0]);
    expect(run.items.map((i) => i.failure?.type)).toEqual(["timeout"]);
  });
});

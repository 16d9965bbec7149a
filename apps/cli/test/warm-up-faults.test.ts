// Every fault ollama-sim can inject, met while the model is being loaded (the warm-up): each ends as a
// classified item failure at the prepare stage, retried when it is transient, or as an answered item
// when the fault does not touch a warm-up; never as a crash of the run.
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { readRun } from "@benchloop/core";
import { type SimFaults, type SimServer, startSim } from "@benchloop/ollama-sim";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { runInProcess } from "../src/testing/run-in-process.js";

let cwd: string;
let sim: SimServer | undefined;

beforeEach(async () => {
  cwd = await mkdtemp(path.join(tmpdir(), "benchloop-warm-up-"));
  await writeFile(
    path.join(cwd, "benchloop.config.json"),
    JSON.stringify({
      retries: { max: 1, baseDelayMs: 1, maxDelayMs: 2 },
      harnesses: { ollama: { requestTimeoutMs: 1500 } },
      resources: false,
    }),
  );
});

afterEach(async () => {
  await sim?.close();
  sim = undefined;
  await rm(cwd, { recursive: true, force: true });
});

/** Runs one item of `model` against a simulator with `faults` on that model; returns its result. */
async function runWith(model: string, faults: SimFaults) {
  sim = await startSim({ latencyScale: 0, modelFaults: { [model]: faults } });
  const run = await runInProcess(
    cwd,
    "run",
    "--harnesses",
    "ollama",
    "--ollama-url",
    sim.url,
    "--models",
    model,
    "--tests",
    "calculator-basic",
    "--pass-types",
    "blind",
    "--no-cache",
  );
  const runId = /results[/\\](\d{8}T\d{6}Z-[0-9a-f]{6})/.exec(run.out + run.err)?.[1];
  expect(runId, `${run.out}\n${run.err}`).toBeDefined();
  const saved = await readRun(path.join(cwd, "results", runId!));
  expect(saved.items).toHaveLength(1);
  return { run, item: saved.items[0]!, warmUps: sim.stats().byRoute["POST /api/generate"] ?? 0 };
}

describe("faults during the warm-up", () => {
  const transient: Array<[string, string, SimFaults]> = [
    ["a refused connection", "connection", { refuseConnections: true }],
    ["an error instead of the answer (HTTP 500)", "http_status", { streamError: { afterChunks: 0 } }],
    ["a server that stalls", "timeout", { stallAfterChunks: 0 }],
  ];
  it.each(transient)(
    "%s is retried, then recorded as a %s failure of the prepare stage",
    async (_name, type, faults) => {
      const { run, item, warmUps } = await runWith("sim/oracle:latest", faults);
      expect(run.err).not.toContain("This is a bug in benchloop");
      expect(`${run.out}${run.err}`).not.toContain("createRandom");
      expect(item.status).toBe("error");
      expect(item.failure).toMatchObject({ stage: "prepare", retryable: true });
      expect(item.failure!.type).toContain(type);
      expect(item.failure!.type).not.toBe("crash");
      // the first attempt and one retry (retries.max 1)
      expect(warmUps).toBe(2);
    },
  );

  const harmless: Array<[string, SimFaults]> = [
    ["an answer sent in two pieces", { splitLines: true }],
    ["a line that is not JSON in a stream", { malformedLine: { afterChunks: 0 } }],
  ];
  it.each(harmless)("%s does not stop the warm-up", async (_name, faults) => {
    const { run, item } = await runWith("sim/oracle:latest", faults);
    expect(run.err).not.toContain("This is a bug in benchloop");
    expect(item.failure?.stage).not.toBe("prepare");
  });

  it("a flaky model's dropped connections and HTTP 500s are retried, never a crash", async () => {
    const { run, item, warmUps } = await runWith("sim/flaky:latest", {});
    expect(run.err).not.toContain("This is a bug in benchloop");
    expect(item.failure?.type).not.toBe("crash");
    expect(warmUps).toBeGreaterThanOrEqual(1);
  });
});

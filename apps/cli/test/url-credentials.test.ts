// Credentials written into a base URL (`http://user:key@host/v1`, `?key=`) never reach a file benchloop
// writes (plan.json, items, run.json, the generation cache) or anything it prints, and do not change
// the cache key: the same run with another key is served from the cache.
import { mkdtemp, readdir, readFile, rm, stat, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { readRun } from "@benchloop/core";
import { type SimServer, startSim } from "@benchloop/ollama-sim";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runInProcess } from "../src/testing/run-in-process.js";

let cwd: string;
let sim: SimServer;

beforeAll(async () => {
  cwd = await mkdtemp(path.join(tmpdir(), "benchloop-url-credentials-"));
  sim = await startSim({ latencyScale: 0 });
});

afterAll(async () => {
  await sim?.close();
  await rm(cwd, { recursive: true, force: true });
});

/** Every file under `dir`, recursively. */
async function filesUnder(dir: string): Promise<string[]> {
  const found: string[] = [];
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) found.push(...(await filesUnder(full)));
    else if ((await stat(full)).isFile()) found.push(full);
  }
  return found;
}

/** The files under cwd whose bytes contain `secret`. */
async function filesHolding(secret: string): Promise<string[]> {
  const holding: string[] = [];
  for (const file of await filesUnder(cwd)) {
    if ((await readFile(file, "utf8")).includes(secret)) holding.push(path.relative(cwd, file));
  }
  return holding;
}

async function writeConfig(openaiUrl: string, ollamaUrl: string): Promise<void> {
  await writeFile(
    path.join(cwd, "benchloop.config.json"),
    JSON.stringify({
      harnesses: { openai: { baseUrl: openaiUrl }, ollama: { baseUrl: ollamaUrl } },
      resources: false,
    }),
  );
}

const runArgs = [
  "--harnesses",
  "openai",
  "--models",
  "sim/oracle:latest",
  "--tests",
  "calculator-basic",
  "--pass-types",
  "blind",
];

describe("credentials in base URLs", () => {
  it("are written nowhere and printed nowhere; the cache key does not depend on them", async () => {
    const host = new URL(sim.url).host;
    await writeConfig(`http://bench:sekrit-one-1111@${host}/v1`, `http://bench:sekrit-two-2222@${host}`);
    const plan = await runInProcess(cwd, "plan", ...runArgs);
    expect(plan.code, plan.err).toBe(0);
    const first = await runInProcess(cwd, "run", ...runArgs);
    expect(first.code, first.err).toBe(0);
    for (const text of [plan.out, plan.err, first.out, first.err]) expect(text).not.toContain("sekrit");
    expect(await filesHolding("sekrit-one-1111")).toEqual(["benchloop.config.json"]);
    expect(await filesHolding("sekrit-two-2222")).toEqual(["benchloop.config.json"]);

    const firstId = /results[/\\](\d{8}T\d{6}Z-[0-9a-f]{6})/.exec(first.out)![1]!;
    const recorded = JSON.parse(await readFile(path.join(cwd, "results", firstId, "plan.json"), "utf8"));
    expect(recorded.config.harnesses.openai.baseUrl).toBe(`http://***@${host}/v1`);

    // Another key, same server: the same items, answered from the cache.
    await writeConfig(`http://bench:sekrit-three-3333@${host}/v1`, `http://bench:sekrit-two-2222@${host}`);
    const second = await runInProcess(cwd, "run", ...runArgs);
    expect(second.code, second.err).toBe(0);
    const secondId = /results[/\\](\d{8}T\d{6}Z-[0-9a-f]{6})/.exec(second.out)![1]!;
    const [a, b] = await Promise.all([firstId, secondId].map((id) => readRun(path.join(cwd, "results", id))));
    expect(b!.items.map((i) => i.hash)).toEqual(a!.items.map((i) => i.hash));
    expect(b!.items.every((i) => i.cache === "hit")).toBe(true);
    expect(await filesHolding("sekrit-three-3333")).toEqual(["benchloop.config.json"]);
  });

  it("a key in the query is not printed by the error that refuses the address", async () => {
    await writeConfig(`http://${new URL(sim.url).host}/v1?key=sekrit-four-4444`, sim.url);
    const run = await runInProcess(cwd, "run", ...runArgs);
    expect(run.code).toBe(1);
    expect(run.err).toContain("harnesses.openai.baseUrl");
    expect(`${run.out}${run.err}`).not.toContain("sekrit-four-4444");
  });

  it("the Ollama harness's failures and transcripts do not show the URL's password", async () => {
    const host = new URL(sim.url).host;
    await writeConfig(sim.url, `http://bench:sekrit-five-5555@${host}`);
    const run = await runInProcess(cwd, "run", ...runArgs.with(1, "ollama"), "--no-cache");
    expect(`${run.out}${run.err}`).not.toContain("sekrit-five-5555");
    expect(await filesHolding("sekrit-five-5555")).toEqual(["benchloop.config.json"]);
  });
});

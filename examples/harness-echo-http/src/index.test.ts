// The echo-http harness in a real run: a fake workspace from `@benchloop/core/testing` (its test source
// and scorer: tests t-01…, answers starting with PASS pass), this harness, and ollama-sim on 127.0.0.1.
import { runBenchmark } from "@benchloop/core";
import { createFakeWorkspace, type FakeWorkspace } from "@benchloop/core/testing";
import { type SimServer, startSim } from "@benchloop/ollama-sim";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import echoHttpPlugin from "./index.js";

let ws: FakeWorkspace;
let sim: SimServer;

beforeEach(async () => {
  ws = await createFakeWorkspace({ plugins: [echoHttpPlugin] });
  sim = await startSim({
    latencyScale: 0,
    answers: ["t-01", "t-02"].map((id) => ({ prompt: `Write ${id}.`, answer: `PASS ${id}` })),
  });
});
afterEach(async () => {
  await sim.close();
  await ws.cleanup();
});

describe("echo-http harness", () => {
  it("runs items through the server: answers are scored, tokens and tok/s recorded", async () => {
    const config = ws.config({
      models: ["sim/oracle:latest", "sim/prose:latest"],
      passTypes: ["blind"],
      sources: { "fake-tests": { count: 2 } },
      harnesses: { "echo-http": { baseUrl: sim.url } },
    });
    const outcome = await runBenchmark({
      config,
      registry: ws.registry,
      scope: ws.scope(config),
      cwd: ws.dir,
      filters: { harnesses: ["echo-http"] },
    });
    expect(outcome.status).toBe("completed");
    const items = outcome.run.items.map((i) => [i.model, i.harness, i.test, i.status]);
    expect(items.sort()).toEqual([
      ["sim/oracle:latest", "echo-http", "t-01", "passed"],
      ["sim/oracle:latest", "echo-http", "t-02", "passed"],
      ["sim/prose:latest", "echo-http", "t-01", "failed"],
      ["sim/prose:latest", "echo-http", "t-02", "failed"],
    ]);
    for (const item of outcome.run.items) expect(item.metrics.decodeTokensPerSec).toBeGreaterThan(0);
  });

  it("reports an unreachable server as unavailable, naming the option to set", async () => {
    const scope = ws.scope(ws.config({ harnesses: { "echo-http": { baseUrl: "http://127.0.0.1:9" } } }));
    const probe = await scope
      .get("harness", "echo-http")
      .probe({ signal: new AbortController().signal, logger: console });
    expect(probe.available).toBe(false);
    expect(probe.reason).toContain("harnesses.echo-http.baseUrl");
  });
});

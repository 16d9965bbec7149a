import { runBenchmark } from "@benchloop/core";
import { createFakeWorkspace, type FakeWorkspace } from "@benchloop/core/testing";
import { SIM_ANSWERS } from "@benchloop/http-harness-kit/testing";
import { type SimServer, startSim } from "@benchloop/ollama-sim";
import { afterEach, describe, expect, it } from "vitest";
import ollamaHarnessPlugin from "./index.js";

let server: SimServer | undefined;
let ws: FakeWorkspace | undefined;
afterEach(async () => {
  await ws?.cleanup();
  await server?.close();
  ws = undefined;
  server = undefined;
});

describe("a run's warm-up", () => {
  it("loads the model with the run's sampling, so its first item causes no reload", async () => {
    server = await startSim({ latencyScale: 0, answers: SIM_ANSWERS, seed: 7 });
    ws = await createFakeWorkspace({ plugins: [ollamaHarnessPlugin] });
    // 8192 differs from the simulated model's default context (4096): a warm-up without it loads the
    // model at 4096, and the first item then reloads it at 8192, as a real Ollama server does.
    const config = ws.config({
      harnesses: { ollama: { baseUrl: server.url } },
      models: ["sim/oracle"],
      sources: { "fake-tests": { count: 2 } },
      sampling: { temperature: 0, seed: 42, numCtx: 8192 },
      concurrency: 1,
    });
    const events: string[] = [];
    const outcome = await runBenchmark({
      config,
      registry: ws.registry,
      scope: ws.scope(config),
      cwd: ws.dir,
      onEvent: (event) => events.push(event.type),
    });
    expect(outcome.status).toBe("completed");
    expect(outcome.run.items.length).toBeGreaterThan(0);
    expect(events.filter((type) => type === "model:load")).toHaveLength(1);
    expect(server.stats().loads).toBe(1);
  });
});

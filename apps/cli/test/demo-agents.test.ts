// `--demo` and `--ollama-url` reach the coding-agent harnesses too: every harness that talks to Ollama
// is pointed at the simulator (or the given address) unless its own config names a server.
import { chmod, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { type SimServer, startSim } from "@benchloop/ollama-sim";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runInProcess } from "../src/testing/run-in-process.js";

let cwd: string;
let sim: SimServer;
let fakeAgent: string;

/** The agents' own options: a stand-in binary that answers `--version` at once (what is tested here is
 * which server they are given, not the agent CLI, whose start takes seconds on a busy machine). */
const agentBinaries = () => ({
  "qwen-code": { binary: fakeAgent },
  opencode: { binary: fakeAgent },
});

beforeAll(async () => {
  cwd = await mkdtemp(path.join(tmpdir(), "benchloop-demo-agents-"));
  sim = await startSim({ latencyScale: 0 });
  fakeAgent = path.join(cwd, "fake-agent");
  await writeFile(fakeAgent, "#!/bin/sh\necho 0.0.1\n");
  await chmod(fakeAgent, 0o755);
  await writeFile(path.join(cwd, "benchloop.config.json"), JSON.stringify({ harnesses: agentBinaries() }));
});
afterAll(async () => {
  await sim?.close();
  await rm(cwd, { recursive: true, force: true });
});

type PrintedPlan = {
  plan: { harnesses: { id: string; config: { baseUrl?: string } }[]; simulated: boolean };
};

describe("model server flags and the agent harnesses", () => {
  it("plan --demo points an agent harness at the simulator", async () => {
    const { code, out, err } = await runInProcess(
      cwd,
      "plan",
      "--demo",
      "--harnesses",
      "qwen-code",
      "--tests",
      "calculator-basic",
      "--json",
    );
    expect(code, err).toBe(0);
    const { plan } = JSON.parse(out) as PrintedPlan;
    expect(plan.simulated).toBe(true);
    expect(plan.harnesses.find((h) => h.id === "qwen-code")?.config.baseUrl).toMatch(
      /^http:\/\/127\.0\.0\.1:\d+$/,
    );
  });

  it("--ollama-url sets every agent's server, unless its own config names one", async () => {
    const binaries = agentBinaries();
    await writeFile(
      path.join(cwd, "benchloop.config.json"),
      JSON.stringify({
        harnesses: { ...binaries, opencode: { ...binaries.opencode, baseUrl: "http://127.0.0.1:1/" } },
      }),
    );
    try {
      const args = ["plan", "--ollama-url", sim.url, "--tests", "calculator-basic", "--models", "sim/oracle"];
      const qwen = await runInProcess(cwd, ...args, "--harnesses", "qwen-code", "--json");
      expect(qwen.code, qwen.err).toBe(0);
      const { plan } = JSON.parse(qwen.out) as PrintedPlan;
      expect(plan.harnesses.find((h) => h.id === "qwen-code")?.config.baseUrl).toBe(sim.url);
      const opencode = await runInProcess(cwd, ...args, "--harnesses", "opencode");
      expect(opencode.code).toBe(1);
      expect(opencode.err).toContain("http://127.0.0.1:1");
    } finally {
      await writeFile(
        path.join(cwd, "benchloop.config.json"),
        JSON.stringify({ harnesses: agentBinaries() }),
      );
    }
  });

  it("list models --demo lists the simulator's models", async () => {
    const { code, out, err } = await runInProcess(cwd, "list", "models", "--demo");
    expect(code, err).toBe(0);
    expect(out).toContain("sim/oracle:latest");
  });
});

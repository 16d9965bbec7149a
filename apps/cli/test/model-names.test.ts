// Model names as a user types them: an untagged name means `:latest` (as Ollama reads it), and a name
// the server does not serve is answered with the models it does serve and the closest one.
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { SIM_MODELS, type SimServer, startSim } from "@benchloop/ollama-sim";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runInProcess } from "../src/testing/run-in-process.js";

let cwd: string;
let sim: SimServer;

beforeAll(async () => {
  cwd = await mkdtemp(path.join(tmpdir(), "benchloop-model-names-"));
  sim = await startSim({ latencyScale: 0 });
});
afterAll(async () => {
  await sim?.close();
  await rm(cwd, { recursive: true, force: true });
});

const plan = (...args: string[]) =>
  runInProcess(
    cwd,
    "plan",
    "--harnesses",
    "ollama",
    "--ollama-url",
    sim.url,
    "--tests",
    "calculator-basic",
    ...args,
  );

describe("model names", () => {
  it("an untagged name resolves to :latest", async () => {
    const { code, out, err } = await plan("--models", "sim/oracle", "--json");
    expect(code, err).toBe(0);
    const printed = JSON.parse(out) as { plan: { models: { name: string }[]; items: { model: string }[] } };
    expect(printed.plan.models.map((m) => m.name)).toEqual(["sim/oracle:latest"]);
    expect(new Set(printed.plan.items.map((i) => i.model))).toEqual(new Set(["sim/oracle:latest"]));
  });

  it("an untagged name in the config resolves to :latest", async () => {
    await writeFile(path.join(cwd, "benchloop.config.json"), JSON.stringify({ models: ["sim/sloppy"] }));
    try {
      const { code, out, err } = await plan("--json");
      expect(code, err).toBe(0);
      expect(JSON.parse(out).plan.models.map((m: { name: string }) => m.name)).toEqual(["sim/sloppy:latest"]);
    } finally {
      await rm(path.join(cwd, "benchloop.config.json"));
    }
  });

  it("a name the server does not serve lists the models it serves and suggests the closest", async () => {
    const { code, err } = await plan("--models", "sim/oracel");
    expect(code).toBe(1);
    expect(err).toContain("Unknown model: sim/oracel (from --models).");
    expect(err).not.toContain("(none available)");
    for (const model of SIM_MODELS) expect(err).toContain(model.name);
    expect(err).toContain('Did you mean "sim/oracle:latest"?');
  });
});

// A WebHost for the web app's own tests, built the way the CLI builds its context: core's
// loadComponents with the built-in plugins a demo dev-cycle, its report, its gate and a file target use,
// and the simulator with the demo answer book. A temp project folder with a config holds the results.
import "reflect-metadata";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { type BuiltinPlugin, type DemoSimulator, loadComponents } from "@benchloop/core";
import { startSim } from "@benchloop/ollama-sim";
import type { WebHost } from "../host.js";

async function builtins(): Promise<BuiltinPlugin[]> {
  const modules = await Promise.all([
    import("@benchloop/harness-ollama"),
    import("@benchloop/tests-coding"),
    import("@benchloop/tests-prompt-pack"),
    import("@benchloop/source-legacy"),
    import("@benchloop/gate-profile"),
    import("@benchloop/exporter-html"),
    import("@benchloop/target-file"),
  ]);
  return modules.map((module) => ({ module, version: "0.0.0-test" }));
}

/** The simulator with the demo answer book, as the CLI's builtins give it. */
async function demoSimulator(cwd: string) {
  const [coding, packs, legacy] = await Promise.all([
    import("@benchloop/tests-coding"),
    import("@benchloop/tests-prompt-pack"),
    import("@benchloop/source-legacy"),
  ]);
  const simulator = {
    start: startSim,
    answers: async (legacyRoots?: string[]) => [
      ...(await coding.demoAnswers()),
      ...(await packs.demoAnswers()),
      ...(await legacy.demoAnswers({ cwd, legacyRoots })),
    ],
  };
  return simulator satisfies DemoSimulator<Awaited<ReturnType<typeof simulator.answers>>[number]>;
}

/** A temp project (config with a file target `tool.json`) and a host over it. */
export async function makeTestProject(config: Record<string, unknown> = {}): Promise<{
  dir: string;
  host: WebHost;
  remove(): Promise<void>;
}> {
  const dir = await mkdtemp(path.join(tmpdir(), "benchloop-web-"));
  await writeFile(
    path.join(dir, "benchloop.config.json"),
    JSON.stringify({ apply: { target: "file:tool.json" }, ...config }, null, 2),
  );
  const host: WebHost = {
    cwd: dir,
    loadContext: async (request) => ({
      cwd: dir,
      ...(await loadComponents({ ...request, cwd: dir, builtins: builtins(), err: () => undefined })),
    }),
    loadDemoSimulator: () => demoSimulator(dir),
  };
  return { dir, host, remove: () => rm(dir, { recursive: true, force: true }) };
}

// `benchloop sim`: the Ollama simulator standalone, for trying agents and harnesses without Ollama.

import { argumentInvalid } from "@benchloop/core";
import type { Command } from "commander";
import type { CliApp } from "../app.js";
import { loadDemoAnswerBook, loadSimulator } from "../builtins.js";
import { list } from "./option-parsers.js";

type Models = { models?: string[] };

/** Adds `benchloop sim`. */
export function registerSimCommand(program: Command, app: CliApp): void {
  program
    .command("sim")
    .description(
      "Start ollama-sim: an Ollama + OpenAI-compatible server with scripted models (sim/oracle, sim/sloppy, …)",
    )
    .option("--port <port>", "port to listen on", "11434")
    .option("--host <host>", "address to listen on", "127.0.0.1")
    .option("--seed <seed>", "seed of the scripted behaviour and timings", "42")
    .option("--latency-scale <n>", "1 waits as long as the modelled latency; 0 answers at once", "1")
    .option("--models <names>", "serve only these models, comma-separated (sim/oracle,sim/sloppy)", list)
    .action(async (options: { port: string; host: string; seed: string; latencyScale: string } & Models) => {
      const port = Number(options.port);
      if (!Number.isInteger(port) || port < 0 || port > 65535)
        throw argumentInvalid("--port", `"${options.port}" is not a port number (0–65535)`);
      const latencyScale = Number(options.latencyScale);
      if (!Number.isFinite(latencyScale) || latencyScale < 0)
        throw argumentInvalid("--latency-scale", `"${options.latencyScale}" is not a number ≥ 0`);
      const { runSimCommand } = await loadSimulator();
      await runSimCommand({
        port,
        host: options.host,
        seed: Number(options.seed),
        latencyScale,
        models: options.models,
        answers: await loadDemoAnswerBook(app.cwd),
        print: (line) => app.io.out(`${line}\n`),
      });
    });
}

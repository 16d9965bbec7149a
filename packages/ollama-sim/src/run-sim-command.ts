// `benchloop sim`: starts the simulator standalone, prints where it listens and what it serves, and
// keeps it running until SIGINT or SIGTERM (or the given signal) closes it.

import type { AnswerBookEntry } from "./answer-book.js";
import { SIM_MODELS, type SimModel } from "./catalog.js";
import { startSim } from "./server.js";

/** Options of {@link runSimCommand}. */
export interface RunSimCommandOptions {
  /** Port to listen on. Default 11434, Ollama's own. */
  port?: number;
  /** Interface to listen on. Default `127.0.0.1`. */
  host?: string;
  seed?: number;
  /** Real milliseconds waited per modelled millisecond. Default 1. */
  latencyScale?: number;
  answers?: readonly AnswerBookEntry[];
  /**
   * Names of the catalog models to serve (`sim/oracle`, with or without its tag); default every one.
   * Two simulators serving different models stand for two machines with different models.
   */
  models?: readonly string[];
  /** Where lines are printed. Default `console.log`. */
  print?: (line: string) => void;
  /** Stops the simulator when aborted (in addition to SIGINT and SIGTERM). */
  signal?: AbortSignal;
}

/**
 * The catalog models named by `names` (each as written or with `:latest`), in the catalog's order;
 * every model when `names` is undefined or empty.
 * @throws Error naming each unknown model and the models there are
 */
export function selectSimModels(names?: readonly string[]): readonly SimModel[] {
  if (!names || names.length === 0) return SIM_MODELS;
  const full = (name: string) => (name.includes(":") ? name : `${name}:latest`);
  const wanted = new Set(names.map(full));
  const unknown = [...wanted].filter((name) => !SIM_MODELS.some((model) => model.name === name));
  if (unknown.length > 0)
    throw new Error(
      `unknown simulated model ${unknown.join(", ")}; the simulator has ${SIM_MODELS.map((m) => m.name.replace(/:latest$/, "")).join(", ")}`,
    );
  return SIM_MODELS.filter((model) => wanted.has(model.name));
}

/**
 * Starts the simulator, prints its URL and models, and resolves after SIGINT, SIGTERM or `signal`
 * closed it.
 * @throws the listen error (e.g. `EADDRINUSE` when a real Ollama already uses the port).
 */
export async function runSimCommand(options: RunSimCommandOptions = {}): Promise<void> {
  const print = options.print ?? ((line: string) => console.log(line));
  const models = selectSimModels(options.models);
  const sim = await startSim({
    models,
    port: options.port ?? 11434,
    host: options.host ?? "127.0.0.1",
    seed: options.seed ?? 0,
    latencyScale: options.latencyScale ?? 1,
    answers: options.answers ?? [],
  });
  print(`ollama-sim listening on ${sim.url} (OpenAI-compatible API at ${sim.url}/v1)`);
  print("simulated models (scripted answers, no real inference):");
  for (const model of models) {
    print(`  ${model.name.padEnd(22)} ${model.behaviour.padEnd(10)} ${model.capabilities.join(", ")}`);
  }
  print("press Ctrl-C to stop");
  await new Promise<void>((resolve) => {
    const stop = () => {
      process.off("SIGINT", stop);
      process.off("SIGTERM", stop);
      options.signal?.removeEventListener("abort", stop);
      resolve();
    };
    process.once("SIGINT", stop);
    process.once("SIGTERM", stop);
    if (options.signal?.aborted) stop();
    else options.signal?.addEventListener("abort", stop, { once: true });
  });
  await sim.close();
  print("ollama-sim stopped");
}

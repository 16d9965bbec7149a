// `benchloop sim`: starts the simulator standalone, prints where it listens and what it serves, and
// keeps it running until SIGINT or SIGTERM (or the given signal) closes it.

import type { AnswerBookEntry } from "./answer-book.js";
import { SIM_MODELS } from "./catalog.js";
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
  /** Where lines are printed. Default `console.log`. */
  print?: (line: string) => void;
  /** Stops the simulator when aborted (in addition to SIGINT and SIGTERM). */
  signal?: AbortSignal;
}

/**
 * Starts the simulator, prints its URL and models, and resolves after SIGINT, SIGTERM or `signal`
 * closed it.
 * @throws the listen error (e.g. `EADDRINUSE` when a real Ollama already uses the port).
 */
export async function runSimCommand(options: RunSimCommandOptions = {}): Promise<void> {
  const print = options.print ?? ((line: string) => console.log(line));
  const sim = await startSim({
    port: options.port ?? 11434,
    host: options.host ?? "127.0.0.1",
    seed: options.seed ?? 0,
    latencyScale: options.latencyScale ?? 1,
    answers: options.answers ?? [],
  });
  print(`ollama-sim listening on ${sim.url} (OpenAI-compatible API at ${sim.url}/v1)`);
  print("simulated models (scripted answers, no real inference):");
  for (const model of SIM_MODELS) {
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

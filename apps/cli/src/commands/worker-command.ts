// `benchloop worker`: serves a distributed run's items beside this machine's model server. Flags are
// parsed here; core and the executor plugin do the rest (docs/distributed.md).
import { serveWorker } from "@benchloop/core";
import type { Command } from "commander";
import type { CliApp } from "../app.js";
import { list, positiveInteger } from "./option-parsers.js";

interface WorkerFlags {
  queue: string;
  ollamaUrl?: string;
  concurrency: number;
  harnesses?: string[];
}

/** Adds `benchloop worker`. */
export function registerWorkerCommand(program: Command, app: CliApp): void {
  program
    .command("worker")
    .description("Serve a distributed run's items with this machine's model server (see docs/distributed.md)")
    .requiredOption("--queue <url>", "the Redis the coordinator uses (redis://host:6379)")
    .option("--ollama-url <url>", "this machine's Ollama (default OLLAMA_HOST or :11434)")
    .option("--concurrency <n>", "items at once", positiveInteger("--concurrency"), 4)
    .option("--harnesses <ids>", "harnesses to serve, comma-separated (default: every one that answers)", list)
    .action(async (flags: WorkerFlags, command: Command) => {
      const harnesses = flags.ollamaUrl ? { ollama: { baseUrl: flags.ollamaUrl } } : undefined;
      const ctx = await app.loadContext(command, {
        ...(harnesses ? { overrides: { harnesses } } : {}),
        kinds: ["harness", "scorer", "executor"],
      });
      const stop = new AbortController();
      const onSignal = () => stop.abort();
      process.once("SIGINT", onSignal);
      process.once("SIGTERM", onSignal);
      try {
        await serveWorker({
          registry: ctx.registry,
          scope: ctx.scope,
          harnesses: flags.harnesses ?? Object.keys(ctx.config.harnesses),
          kind: ctx.config.executor?.kind ?? "bullmq",
          url: flags.queue,
          concurrency: flags.concurrency,
          print: (line) => app.io.out(`${line}\n`),
          signal: stop.signal,
          logger: ctx.logger,
        });
      } finally {
        process.off("SIGINT", onSignal);
        process.off("SIGTERM", onSignal);
        await ctx.scope.dispose();
      }
    });
}

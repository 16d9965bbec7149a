// `benchloop worker`: serves a queue's items with this machine's components. The harnesses it may serve
// are the config's (`harnesses`), else every non-agent harness installed; the executor plugin probes
// them with this machine's server addresses and advertises those that answer.
import type { Config } from "../config/config-schema.js";
import type { Registry, RegistryScope } from "../plugin/registry.js";
import type { Logger } from "../plugin/services.js";

/** What {@link serveWorker} needs. */
export interface ServeWorkerInput {
  registry: Registry;
  /** The worker's scope, built from its config (its own `--ollama-url`). */
  scope: RegistryScope;
  /** Harness ids the config names (empty: every non-agent harness installed). */
  harnesses: readonly string[];
  /** The executor plugin's id (`bullmq`). */
  kind: string;
  url: string;
  concurrency: number;
  print(line: string): void;
  signal: AbortSignal;
  logger: Logger;
}

/**
 * Runs a worker until `signal` aborts.
 * @throws NAME_UNKNOWN when no executor plugin of `kind` is installed, and what the worker throws
 */
export async function serveWorker(input: ServeWorkerInput): Promise<void> {
  const { registry, scope } = input;
  const harnesses =
    input.harnesses.length > 0
      ? [...input.harnesses]
      : registry
          .list("harness")
          .filter((entry) => !entry.options.capabilities?.agent)
          .map((entry) => entry.id);
  const provider = scope.get("executor", input.kind);
  await provider.serve(
    {
      url: input.url,
      concurrency: input.concurrency,
      scope,
      harnesses,
      scorers: new Map(registry.list("scorer").map((entry) => [entry.id, entry.version])),
      harnessVersions: new Map(registry.list("harness").map((entry) => [entry.id, entry.version])),
      print: input.print,
      signal: input.signal,
    },
    { signal: input.signal, logger: input.logger },
  );
}

/** The flags of `benchloop worker`. */
export interface WorkerFlags {
  queue: string;
  ollamaUrl?: string;
  concurrency: number;
  harnesses?: string[];
}

/**
 * `benchloop worker` in a command's loaded context: serves until SIGINT or SIGTERM, then lets the items
 * in flight finish and disposes the scope. The harnesses served are `--harnesses`, else the config's.
 */
export async function runWorker(
  ctx: { registry: Registry; scope: RegistryScope; config: Config; logger: Logger },
  flags: WorkerFlags & { print(line: string): void },
): Promise<void> {
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
      print: flags.print,
      signal: stop.signal,
      logger: ctx.logger,
    });
  } finally {
    process.off("SIGINT", onSignal);
    process.off("SIGTERM", onSignal);
    await ctx.scope.dispose();
  }
}

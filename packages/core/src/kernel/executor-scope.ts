// The executor a run uses: the one given, else the one its config names (`executor: { kind, url }`,
// `--queue`) opened from the registry; and the scope planning sees through it, so a distributed run
// probes and lists the harnesses its workers advertise rather than this machine's.
import { argumentInvalid } from "../errors/catalog.js";
import type { ComponentKind, ComponentTypes, Harness } from "../plugin/contracts.js";
import type { RegistryScope } from "../plugin/registry.js";
import type { Logger } from "../plugin/services.js";
import type { Executor } from "./executor.js";
import type { RunBenchmarkOptions } from "./run-benchmark-options.js";

/**
 * Opens the executor the config names (undefined when the run was given one or the config names none).
 * @throws NAME_UNKNOWN when no executor plugin of that kind is installed, and what its `open` throws
 */
export async function openConfiguredExecutor(
  options: RunBenchmarkOptions,
  logger: Logger,
): Promise<Executor | undefined> {
  const wanted = options.config.executor;
  if (options.executor || !wanted) return undefined;
  if (options.judge)
    throw argumentInvalid(
      "--judge",
      `a distributed run (executor ${wanted.kind}) does not run an LLM judge yet`,
      "run without --judge, then judge the finished run with `benchloop judge <runId>`",
    );
  const provider = options.scope.get("executor", wanted.kind);
  return provider.open({ url: wanted.url }, { signal: AbortSignal.timeout(30_000), logger });
}

/** `scope` with its harnesses seen through `executor`'s view of them, when it has one. */
export function scopeThroughExecutor(scope: RegistryScope, executor: Executor | undefined): RegistryScope {
  const view = executor?.harnessView?.bind(executor);
  if (!view) return scope;
  return {
    logger: scope.logger,
    secrets: scope.secrets,
    dispose: () => scope.dispose(),
    get: <K extends ComponentKind>(kind: K, id: string): ComponentTypes[K] => {
      const seen = kind === "harness" ? view(id) : undefined;
      // Planning calls only `probe` and `listModels` on a harness; a view has exactly those.
      return seen ? (seen as Harness as ComponentTypes[K]) : scope.get(kind, id);
    },
  };
}

// The gate of a command: the config's gate policy over runs, with `--policy FILE` (as written, resolved
// against the working folder) when given; what `gate` and `dev-cycle` share.
import path from "node:path";
import type { Config } from "../config/config-schema.js";
import type { Registry, RegistryScope } from "../plugin/registry.js";
import type { Logger } from "../plugin/services.js";
import type { Run } from "../results/run-schema.js";
import { type GateOutcome, runGate } from "./run-gate.js";

/** What {@link gateRunsWithPolicy} reads: a command's loaded config, registry, scope and logger. */
export interface GateRunsDeps {
  registry: Registry;
  scope: RegistryScope;
  config: Pick<Config, "gate">;
  /** The loaded config's file, for messages about `gate.options`. */
  loaded: { file?: string };
  cwd: string;
  logger: Logger;
}

/**
 * Runs the configured gate policy over `runs`, writing gate.json and gate.md to `outDir`.
 * @param policy `--policy` as written (against `deps.cwd`), if given
 * @throws what {@link runGate} throws
 */
export function gateRunsWithPolicy(
  deps: GateRunsDeps,
  runs: Run[],
  outDir: string,
  policy: string | undefined,
): Promise<GateOutcome> {
  return runGate({
    registry: deps.registry,
    scope: deps.scope,
    config: deps.config,
    configFile: deps.loaded.file,
    runs,
    outDir,
    ...(policy ? { policyFile: { path: path.resolve(deps.cwd, policy), written: policy } } : {}),
    ctx: { signal: new AbortController().signal, logger: deps.logger },
  });
}

// What every front end (the CLI's `run`, the web app's launcher) hands `runBenchmark` from its loaded
// components: the config as resolved and as written, the registry and its scope, the plugins found, the
// judge stage the config asks for, and the command's logger.
import type { RunBenchmarkOptions } from "../kernel/run-benchmark-options.js";
import { toPluginRecords } from "../plan/build-plan.js";
import type { LoadedComponents } from "../plugin/load-components.js";
import { createJudgeStage } from "./judge-stage.js";

/** The part of {@link RunBenchmarkOptions} that comes from a command's loaded components. */
export type BenchmarkInput = Pick<
  RunBenchmarkOptions,
  "config" | "writtenConfig" | "registry" | "scope" | "cwd" | "plugins" | "judge" | "logger"
>;

/** The run inputs of components loaded in `cwd`. @throws NAME_UNKNOWN when a judge is asked and none is registered */
export async function benchmarkInputOf(ctx: LoadedComponents & { cwd: string }): Promise<BenchmarkInput> {
  return {
    config: ctx.config,
    writtenConfig: ctx.loaded.written,
    registry: ctx.registry,
    scope: ctx.scope,
    cwd: ctx.cwd,
    plugins: toPluginRecords(ctx.plugins),
    judge: await createJudgeStage(ctx),
    logger: ctx.logger,
  };
}

// The judge stage of a run (`judge.model` in the config, or `--judge`): the registry's `judge` scorer
// builds it from its `scorers.judge` options (server, backend, key variable).
import type { Config } from "../config/config-schema.js";
import { nameUnknown } from "../errors/catalog.js";
import type { JudgeStage } from "../kernel/in-process-executor.js";
import type { Registry, RegistryScope } from "../plugin/registry.js";

/** The scorer whose judge stage a run with a judge model uses. */
const JUDGE_SCORER = "judge";

/** What {@link createJudgeStage} reads: the command's config, registry and scope. */
export interface JudgeStageDeps {
  config: Config;
  registry: Registry;
  scope: RegistryScope;
}

/**
 * The judge stage of a run when the config (or `--judge`) names a judge model; undefined when no
 * judge is asked for.
 * @throws NAME_UNKNOWN when no installed scorer can judge; CONFIG_INVALID when the judge options are invalid
 */
export async function createJudgeStage(deps: JudgeStageDeps): Promise<JudgeStage | undefined> {
  if (!deps.config.judge) return undefined;
  const { model, harness } = deps.config.judge;
  const { registry, scope } = deps;
  const scorer = registry.has("scorer", JUDGE_SCORER) ? scope.get("scorer", JUDGE_SCORER) : undefined;
  if (!scorer?.judgeStage)
    throw nameUnknown(
      "judge scorer",
      [JUDGE_SCORER],
      registry.list("scorer").map((e) => e.id),
      "judge.model / --judge",
    );
  const ollama = (deps.config.harnesses as Record<string, { baseUrl?: string } | undefined>).ollama;
  return scorer.judgeStage({ model, harness, ollamaUrl: ollama?.baseUrl, cache: deps.config.cache });
}

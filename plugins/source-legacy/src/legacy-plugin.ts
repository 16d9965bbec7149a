// The plugin: the `legacy` test source (suite `legacy`) and the `legacy` scorer. Registering does no I/O.
import {
  BenchloopError,
  type BenchTest,
  type ComponentDeps,
  definePlugin,
  type Scorer,
  type TestSource,
} from "@benchloop/core";
import { buildLegacyCases, parseLegacyConfig } from "./build-cases.js";
import { LEGACY_ID, LEGACY_SYNTAX_SUITE, LegacyCaseDataSchema } from "./case-data.js";
import { LegacySourceConfigSchema } from "./config-schema.js";
import { LEGACY_SCORER_VERSION, scoreLegacyAnswer } from "./score-legacy.js";

function createLegacySource(deps: ComponentDeps): TestSource {
  return {
    async load(input, ctx): Promise<BenchTest[]> {
      const config = parseLegacyConfig(input.options ?? deps.config);
      if (config.roots.length === 0) return [];
      const built = await buildLegacyCases({ config, cwd: deps.cwd, signal: ctx.signal });
      for (const root of built.roots) {
        ctx.logger.debug("legacy root walked", {
          root: root.label,
          filesSeen: root.filesSeen,
          sampled: root.sampled,
          tests: root.tests,
        });
      }
      return built.tests;
    },
  };
}

function createLegacyScorer(): Scorer {
  return {
    async score(input) {
      const parsed = LegacyCaseDataSchema.safeParse(input.test.data);
      if (!parsed.success) {
        throw new BenchloopError({
          code: "ARGUMENT_INVALID",
          message: `Test ${input.test.id} (from source ${input.test.source}) carries no legacy ground truth in its data (${parsed.error.issues[0]?.path.join(".") || "data"}: ${parsed.error.issues[0]?.message}), so the legacy scorer cannot score it.`,
          hint: "Only tests of the `legacy` source use the `legacy` scorer; rebuild them with `benchloop legacy cases`.",
          location: { path: "data" },
        });
      }
      return scoreLegacyAnswer(parsed.data, input.passType, input.generation.text);
    },
  };
}

/** `@benchloop/source-legacy`: benchmark cases from the user's own old projects, with their scorer. */
export const legacySourcePlugin = definePlugin({
  name: "@benchloop/source-legacy",
  apiVersion: "^1",
  register(r) {
    r.testSource(LEGACY_ID, (deps) => createLegacySource(deps), {
      configSchema: LegacySourceConfigSchema,
      suites: [LEGACY_ID, LEGACY_SYNTAX_SUITE],
      description: "Cases from your own project folders: exported symbols, imported modules, JSON summaries.",
    });
    r.scorer(LEGACY_ID, () => createLegacyScorer(), {
      version: LEGACY_SCORER_VERSION,
      description:
        "Ground-truth checks of legacy cases: name-set F1, identifier coverage, JSON shape, length.",
    });
  },
});

// The benchloop plugin of this package: the `coding` test source and the `code` scorer. Registering
// declares them only; the catalog is read and sandboxes start inside a run.
import { definePlugin } from "@benchloop/core";
import { CODE_SCORER_VERSION, CodeScorerConfigSchema, createCodeScorer } from "./code-scorer.js";
import { CodingSourceConfigSchema, createCodingTestSource } from "./coding-test-source.js";
import { PACKAGE_NAME } from "./load-catalog.js";

/** The plugin: default export of the package, also exported by name. */
export const testsCodingPlugin = definePlugin({
  name: PACKAGE_NAME,
  apiVersion: "^1",
  register(registrar) {
    registrar.testSource("coding", (deps) => createCodingTestSource(deps), {
      configSchema: CodingSourceConfigSchema,
      suites: ["coding"],
      description: "Built-in TypeScript coding tests with specs, references and mutants.",
    });
    registrar.scorer("code", (deps) => createCodeScorer(deps), {
      version: CODE_SCORER_VERSION,
      configSchema: CodeScorerConfigSchema,
      description: "Runs the answer's code against the test's spec in the sandbox.",
    });
  },
});

// The plugin: the `prompt-pack` test source and the `rubric` scorer. Registering does no I/O.
import { definePlugin } from "@benchloop/core";
import { PromptPackConfigSchema } from "./config-schema.js";
import { PROMPT_PACK_SOURCE_ID } from "./parse-prompt-pack.js";
import { BUILTIN_PACKS, createPromptPackSource } from "./prompt-pack-source.js";
import { createRubricScorer } from "./rubric-scorer.js";
import { RUBRIC_SCORER_ID, RUBRIC_SCORER_VERSION } from "./score-rubric.js";

/** `@benchloop/tests-prompt-pack`: text tests from JSONL prompt packs, scored by weighted rubric checks. */
export const promptPackPlugin = definePlugin({
  name: "@benchloop/tests-prompt-pack",
  apiVersion: "^1",
  register(r) {
    r.testSource(PROMPT_PACK_SOURCE_ID, (deps) => createPromptPackSource(deps), {
      configSchema: PromptPackConfigSchema,
      suites: BUILTIN_PACKS.map((pack) => pack.suite),
      description:
        "Text tests from JSONL prompt packs (Muninn and benchloop formats) and the shipped role packs (low_latency, balanced, high_reasoning).",
    });
    r.scorer(RUBRIC_SCORER_ID, () => createRubricScorer(), {
      version: RUBRIC_SCORER_VERSION,
      description:
        "Weighted rubric checks on text and JSON answers (keys, schema, substrings, regex, counts, code).",
    });
  },
});

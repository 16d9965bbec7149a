// Public surface of @benchloop/tests-prompt-pack: the plugin, the pack parser, the reference answers of
// a pack and the rubric scorer function for other packages, and their types.
import { promptPackPlugin } from "./prompt-pack-plugin.js";

export default promptPackPlugin;
export type { PromptPackConfig, PromptPackConfigInput } from "./config-schema.js";
export { PromptPackConfigSchema } from "./config-schema.js";
export { demoAnswers } from "./demo-answers.js";
export type { Role } from "./pack-line.js";
export type { LoadPackReferencesOptions, PackReference } from "./pack-references.js";
export { loadPackReferences } from "./pack-references.js";
export type {
  PackIssue,
  ParsedPromptPack,
  ParsePromptPackOptions,
  PromptPackTestData,
} from "./parse-prompt-pack.js";
export { formatPackIssue, parsePromptPack } from "./parse-prompt-pack.js";
export type { RubricCheck, RubricCheckInput } from "./rubric-check.js";
export { RubricCheckSchema } from "./rubric-check.js";
export type { CheckRuntime } from "./score-rubric.js";
export { RUBRIC_SCORER_VERSION, scoreRubric, scoreRubricChecks } from "./score-rubric.js";
export { promptPackPlugin };

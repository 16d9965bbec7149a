// Public surface of @benchloop/source-legacy: the plugin, case building for the CLI's preview, the
// scorer function, and their schemas and types.
import { legacySourcePlugin } from "./legacy-plugin.js";

export default legacySourcePlugin;
export type { BuildLegacyCasesOptions, LegacyCaseSet, RootSummary } from "./build-cases.js";
export { buildLegacyCases } from "./build-cases.js";
export type { CaseKind, LegacyCaseData } from "./case-data.js";
export { CASE_KINDS, LEGACY_SYNTAX_SUITE, LegacyCaseDataSchema } from "./case-data.js";
export type { LegacySourceConfig, LegacySourceConfigInput } from "./config-schema.js";
export { LegacySourceConfigSchema } from "./config-schema.js";
export { demoAnswers, legacyFlawedAnswers, legacyOracleAnswer } from "./legacy-demo-answers.js";
export type { PreviewLegacyCasesOptions } from "./preview-cases.js";
export { previewLegacyCases } from "./preview-cases.js";
export { LEGACY_SCORER_VERSION, PASS_THRESHOLD, scoreLegacyAnswer } from "./score-legacy.js";
export type { SkipReason } from "./skip-reason.js";
export { SKIP_REASON_DESCRIPTIONS, SKIP_REASONS } from "./skip-reason.js";
export { legacySourcePlugin };

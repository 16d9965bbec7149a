// Public surface of @benchloop/tests-coding: the catalog, its spec-strength check, answer scoring and
// the benchloop plugin registering them.

export { auditBlindPrompt } from "./audit-blind-prompt.js";
export type { CatalogCheckRun } from "./catalog-check-run.js";
export { renderCatalogCheck, startCatalogCheck } from "./catalog-check-run.js";
export type { CatalogSpread, TestKind } from "./catalog-spread.js";
export { formatCatalogSpread, summarizeCatalog, toTestKind } from "./catalog-spread.js";
export type {
  CatalogCheckReport,
  CheckCatalogOptions,
  ModuleOutcome,
  TestStrength,
} from "./check-catalog.js";
export { checkCatalog } from "./check-catalog.js";
export type { FormatOutcome } from "./check-formats.js";
export type { CodeScorerConfig } from "./code-scorer.js";
export { CODE_SCORER_VERSION, CodeScorerConfigSchema, createCodeScorer } from "./code-scorer.js";
export type { CodingMutant, CodingTest, CodingTestMeta, CodingTestSubject } from "./coding-test.js";
export { CodingTestMetaSchema } from "./coding-test.js";
export type { CodingTestData } from "./coding-test-data.js";
export { CodingTestDataSchema } from "./coding-test-data.js";
export type { CodingSourceConfig } from "./coding-test-source.js";
export { CodingSourceConfigSchema, createCodingTestSource, toBenchTest } from "./coding-test-source.js";
export type { TestFile } from "./content-hash.js";
export { hashTestFiles } from "./content-hash.js";
export type { Contract } from "./contracts.js";
export { ContractSchema } from "./contracts.js";
export { demoAnswers } from "./demo-answers.js";
export type { Difficulty, DifficultyLevel } from "./difficulty.js";
export { DIFFICULTY_LEVELS, DifficultySchema, toDifficultyLevel, toDifficultyRank } from "./difficulty.js";
export type { CodingFamily, FamilyInstance } from "./families/family.js";
export type { LoadCatalogOptions } from "./load-catalog.js";
export { CATALOG_URL, loadCatalog, loadCodingTest } from "./load-catalog.js";
export { testsCodingPlugin, testsCodingPlugin as default } from "./plugin.js";
export type { CodingFailureType, CodingScore, ScoreCodingAnswerOptions } from "./score-coding-answer.js";
export { scoreCodingAnswer } from "./score-coding-answer.js";

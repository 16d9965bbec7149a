// Public surface of @benchloop/tests-coding: the catalog, its spec-strength check, answer scoring and
// the benchloop plugin registering them.

export type {
  CatalogCheckReport,
  CheckCatalogOptions,
  ModuleOutcome,
  TestStrength,
} from "./check-catalog.js";
export { checkCatalog } from "./check-catalog.js";
export type { CodingMutant, CodingTest, CodingTestMeta, CodingTestSubject } from "./coding-test.js";
export { CodingTestMetaSchema } from "./coding-test.js";
export type { TestFile } from "./content-hash.js";
export { hashTestFiles } from "./content-hash.js";
export type { LoadCatalogOptions } from "./load-catalog.js";
export { CATALOG_URL, loadCatalog, loadCodingTest } from "./load-catalog.js";
export type { CodingFailureType, CodingScore, ScoreCodingAnswerOptions } from "./score-coding-answer.js";
export { scoreCodingAnswer } from "./score-coding-answer.js";

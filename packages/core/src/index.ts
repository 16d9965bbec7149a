// Public surface of @benchloop/core. Every name is a versioned promise; add with care.

export type {
  Config,
  LoadConfigOptions,
  LoadedConfig,
  PassType,
  Sampling,
  Timeouts,
  WrittenConfig,
} from "./config/index.js";
// config
export {
  CONFIG_FILE_NAMES,
  ConfigSchema,
  defineConfig,
  findConfigFile,
  loadConfig,
  PASS_TYPES,
  PassTypeSchema,
  SamplingSchema,
  TimeoutsSchema,
} from "./config/index.js";
export type { Environment } from "./environment/environment.js";
// documents
export { EnvironmentSchema } from "./environment/environment.js";
export type { BenchloopErrorFields, ErrorCode, ErrorLocation, ValidationIssue } from "./errors/index.js";
// zod, re-exported so plugins build config schemas on the same zod instance core validates with
export { z } from "zod";

// errors
export {
  argumentInvalid,
  BenchloopError,
  configInvalid,
  documentInvalid,
  ERROR_CODES,
  nameUnknown,
  runNotFound,
  schemaVersionUnsupported,
  toBenchloopError,
  toValidationIssues,
} from "./errors/index.js";
export type { RunEvent, RunEventType } from "./events/run-event.js";
export { RunEventSchema } from "./events/run-event.js";
export type { Generation, GenerationTiming, TokenCounts } from "./generation/generation.js";
export { GenerationSchema } from "./generation/generation.js";
export type { ModelInfo } from "./model/model-info.js";
export { ModelInfoSchema } from "./model/model-info.js";
export { canonicalJson, hashCanonical, sha256 } from "./plan/canonical-json.js";
export type { ItemKeyParts } from "./plan/item-key.js";
export { parseItemKey, toItemKey } from "./plan/item-key.js";
export type { Plan, PlanItem, PlannedTest, PluginRecord } from "./plan/plan-schema.js";
export { PLAN_SCHEMA_VERSION, PlanItemSchema, PlanSchema, PluginRecordSchema } from "./plan/plan-schema.js";
export type { BenchTest } from "./plugin/bench-test.js";
// plugins
export { BenchTestSchema } from "./plugin/bench-test.js";
export type {
  ComponentContext,
  ComponentKind,
  ComponentTypes,
  Exporter,
  GatePolicy,
  GenerateRequest,
  Harness,
  HarnessCapabilities,
  ItemContext,
  LoadInfo,
  PolicyState,
  PolicyTarget,
  ProbeResult,
  Scorer,
  TestSource,
} from "./plugin/contracts.js";
export { COMPONENT_KINDS } from "./plugin/contracts.js";
export type {
  BenchloopPlugin,
  ComponentDeps,
  ComponentFactory,
  ComponentOptions,
  ComponentOptionsByKind,
  PluginDefinition,
  Registrar,
} from "./plugin/define-plugin.js";
export { definePlugin, isPlugin, PLUGIN_API_VERSION } from "./plugin/define-plugin.js";
export type { BuiltinPlugin, DiscoverPluginsOptions, PluginReport } from "./plugin/discover-plugins.js";
export { discoverPlugins } from "./plugin/discover-plugins.js";
export type { Redactor } from "./plugin/redaction.js";
export { createRedactor, createSecrets, createStreamLogger } from "./plugin/redaction.js";
export type { ComponentEntry, PluginOrigin, RegistryScope, ScopeServices } from "./plugin/registry.js";
export { createRegistry, Registry } from "./plugin/registry.js";
export type { ArtifactWriter, Clock, Logger, Secrets } from "./plugin/services.js";
export { SILENT_LOGGER, SYSTEM_CLOCK } from "./plugin/services.js";
export { TOKENS } from "./plugin/tokens.js";
export type { ItemMetrics, ItemResult, ItemStatus, Provenance } from "./results/item-result.js";
export { ITEM_STATUSES, ItemResultSchema, ProvenanceSchema } from "./results/item-result.js";
export type { GroupSummary, Run, RunSummary } from "./results/run-schema.js";
export { GroupSummarySchema, RUN_SCHEMA_VERSION, RunSchema, RunSummarySchema } from "./results/run-schema.js";
export { SCHEMA_DOCUMENTS, toJsonSchemaFiles } from "./schema-docs/json-schemas.js";
export type { Failure, Stage } from "./score/failure.js";
export { FAILURE_TYPES, FailureSchema, STAGES } from "./score/failure.js";
export type { ItemFailureFields } from "./score/item-failure.js";
// statistics
export { bootstrapMeanInterval } from "./stats/index.js";
export { classifyDelta } from "./stats/index.js";
export { countPassFlips } from "./stats/index.js";
export { createRandom } from "./stats/index.js";
export { mcnemarExact } from "./stats/index.js";
export { mean } from "./stats/index.js";
export { median } from "./stats/index.js";
export { pairedBootstrapDelta } from "./stats/index.js";
export { passAt1 } from "./stats/index.js";
export { passAtK } from "./stats/index.js";
export { passHatK } from "./stats/index.js";
export { percentile } from "./stats/index.js";
export { summarize } from "./stats/index.js";
export { wilsonInterval } from "./stats/index.js";
export type { BootstrapOptions } from "./stats/index.js";
export type { ClassifyDeltaInput } from "./stats/index.js";
export type { DeltaInterval } from "./stats/index.js";
export type { DeltaVerdict } from "./stats/index.js";
export type { MeanInterval } from "./stats/index.js";
export type { PassDeltaInput } from "./stats/index.js";
export type { PassFlips } from "./stats/index.js";
export type { ProportionInterval } from "./stats/index.js";
export type { Random } from "./stats/index.js";
export type { ScoreDeltaInput } from "./stats/index.js";
export type { Summary } from "./stats/index.js";

// item failures, keys and hashes
export { itemFailure, readItemFailure, toFailure } from "./score/item-failure.js";
export type { JudgeVerdict } from "./score/judge-verdict.js";
export { JudgeVerdictSchema } from "./score/judge-verdict.js";
export type { Check, Score } from "./score/score.js";
export { CheckSchema, ScoreSchema } from "./score/score.js";

// analysis: run.json migrations, import of other tools' runs, run summaries, export rows, compare
export type { RunMigration, RunMigrationResult, SchemaVersion } from "./migrations/run-migrations.js";
export { migrateRun, migrateRunWithSteps, RUN_MIGRATIONS } from "./migrations/run-migrations.js";
export type { RunFile } from "./migrations/read-run-file.js";
export { readRunFile } from "./migrations/read-run-file.js";
export type { ImportedRun, ImportPlebdevRunOptions } from "./import/plebdev.js";
export { importPlebdevRun } from "./import/plebdev.js";
export { isRunId, toRunId } from "./import/run-id.js";
export { claimRunFolder, writeRunFolder } from "./import/write-run-folder.js";
export type { RescoredRun, RescoreRunOptions, RescoreScorers, RescoreSkipReason } from "./import/rescore-run.js";
export { rescoreRun } from "./import/rescore-run.js";
export type { CheckCounts } from "./summary/item-outcome.js";
export { isItemPassed, toCheckCounts, toItemCheckRate, toItemJudgeScore } from "./summary/item-outcome.js";
export { summarizeItems, summarizeRun } from "./summary/summarize-run.js";
export type { ItemFilter, ItemFilterField } from "./summary/item-filter.js";
export { ITEM_FILTER_FIELDS, parseItemFilter, toItemPredicate } from "./summary/item-filter.js";
export type { ExportCell } from "./summary/export-row.js";
export {
  createExportRowMapper,
  EXPORT_COLUMN_DESCRIPTIONS,
  EXPORT_COLUMNS,
  EXPORT_COLUMNS_VERSION,
} from "./summary/export-row.js";
export type { CompareRunsOptions, CompareSide } from "./compare/compare-runs.js";
export { compareRuns } from "./compare/compare-runs.js";
export type {
  CompareDimension,
  ComparedRun,
  GroupComparison,
  IncomparableItem,
  ItemChange,
  RunComparison,
  SidePair,
} from "./compare/comparison.js";
export { COMPARE_DIMENSIONS, COMPARISON_SCHEMA_VERSION } from "./compare/comparison.js";
export type { PairedDelta } from "./compare/paired-interval.js";

// kernel
export { DEFAULT_PROBE_TIMEOUT_MS } from "./plan/build-plan.js";
export { buildPlan } from "./plan/build-plan.js";
export { loadTests } from "./plan/build-plan.js";
export { toPluginRecords } from "./plan/build-plan.js";
export { createItemHasher } from "./plan/item-hash.js";
export { diffHashInputs } from "./plan/item-hash.js";
export { samplingFor } from "./plan/item-hash.js";
export { FILTER_FLAGS } from "./plan/plan-filters.js";
export { benchloopVersion } from "./environment/collect-environment.js";
export { collectEnvironment } from "./environment/collect-environment.js";
export { estimatePlanDuration } from "./kernel/estimate-duration.js";
export { createInProcessExecutor } from "./kernel/in-process-executor.js";
export { harnessUnavailable } from "./kernel/kernel-errors.js";
export { noHarnessAvailable } from "./kernel/kernel-errors.js";
export { RERUN_MODES } from "./kernel/rerun-selection.js";
export { copyFact } from "./kernel/rerun-selection.js";
export { selectRerun } from "./kernel/rerun-selection.js";
export { runBenchmark } from "./kernel/run-benchmark.js";
export { DEFAULT_GRACE_MS } from "./kernel/run-control.js";
export { createRunControl } from "./kernel/run-control.js";
export { runKernel } from "./kernel/run-kernel.js";
export { ARTIFACTS_DIR } from "./store/artifact-writer.js";
export { artifactFolderName } from "./store/artifact-writer.js";
export { createArtifactWriter } from "./store/artifact-writer.js";
export { writeFileAtomic } from "./store/atomic-write.js";
export { JOURNAL_FILE } from "./store/item-journal.js";
export { openItemJournal } from "./store/item-journal.js";
export { parseItemJournal } from "./store/item-journal.js";
export { readItemJournal } from "./store/item-journal.js";
export { PLAN_FILE } from "./store/read-run.js";
export { RUN_FILE } from "./store/read-run.js";
export { readPlan } from "./store/read-run.js";
export { readRun } from "./store/read-run.js";
export { resolveRunRef } from "./store/resolve-run-ref.js";
export { INDEX_FILE } from "./store/run-index.js";
export { RunIndexEntrySchema } from "./store/run-index.js";
export { listRuns } from "./store/run-index.js";
export { updateRunIndex } from "./store/run-index.js";
export { createRunStore } from "./store/run-store.js";
export { clearCache } from "./cache/cache-maintenance.js";
export { readCacheStats } from "./cache/cache-maintenance.js";
export { explainCacheItem } from "./cache/explain-cache.js";
export { createItemCache } from "./cache/item-cache.js";
export { scoreCacheKey } from "./cache/item-cache.js";
export { createResourceSampler } from "./resources/resource-sampler.js";
export type { BuildPlanOptions } from "./plan/build-plan.js";
export type { BuiltPlan } from "./plan/build-plan.js";
export type { HashInputChange } from "./plan/item-hash.js";
export type { ItemHashInputs } from "./plan/item-hash.js";
export type { ItemHasher } from "./plan/item-hash.js";
export type { PlanFilters } from "./plan/plan-filters.js";
export type { CollectEnvironmentOptions } from "./environment/collect-environment.js";
export type { DurationEstimate } from "./kernel/estimate-duration.js";
export type { ExecuteContext } from "./kernel/executor.js";
export type { Executor } from "./kernel/executor.js";
export type { ItemUnit } from "./kernel/executor.js";
export type { InProcessExecutorOptions } from "./kernel/in-process-executor.js";
export type { JudgeStage } from "./kernel/in-process-executor.js";
export type { RerunMode } from "./kernel/rerun-selection.js";
export type { RerunSelection } from "./kernel/rerun-selection.js";
export type { RunBenchmarkOptions } from "./kernel/run-benchmark.js";
export type { RunOutcome } from "./kernel/run-benchmark.js";
export type { CreateRunControlOptions } from "./kernel/run-control.js";
export type { RunControl } from "./kernel/run-control.js";
export type { KernelOutcome } from "./kernel/run-kernel.js";
export type { RunKernelOptions } from "./kernel/run-kernel.js";
export type { DroppedJournalLine } from "./store/item-journal.js";
export type { ItemJournal } from "./store/item-journal.js";
export type { JournalContents } from "./store/item-journal.js";
export type { ResolveRunRefOptions } from "./store/resolve-run-ref.js";
export type { RunRef } from "./store/resolve-run-ref.js";
export type { RunIndexEntry } from "./store/run-index.js";
export type { RunStore } from "./store/run-store.js";
export type { CacheStats } from "./cache/cache-maintenance.js";
export type { CacheExplanation } from "./cache/explain-cache.js";
export type { ExplainCacheOptions } from "./cache/explain-cache.js";
export type { GenerationCacheEntry } from "./cache/item-cache.js";
export type { ItemCache } from "./cache/item-cache.js";
export type { ItemResources } from "./results/item-result.js";
export type { ItemResourceTracker } from "./resources/resource-sampler.js";
export type { ResourceSampler } from "./resources/resource-sampler.js";
export type { ResourceSamplerOptions } from "./resources/resource-sampler.js";

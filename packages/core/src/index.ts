// Public surface of @benchloop/core. Every name is a versioned promise; add with care.

// zod, re-exported so plugins build config schemas on the same zod instance core validates with
export { z } from "zod";
export type { BaselineAnswerer } from "./baselines/baseline-answerers.js";
export { BASELINE_ANSWERERS, keywordsOf } from "./baselines/baseline-answerers.js";
export type { KnownAnswerMismatch, KnownAnswerReport } from "./baselines/check-known-answers.js";
export { checkKnownAnswers } from "./baselines/check-known-answers.js";
export type {
  BaselineRate,
  MeasureBaselinesOptions,
  ScoreAnswer,
  SuiteBaselines,
} from "./baselines/measure-baselines.js";
export { measureBaselines } from "./baselines/measure-baselines.js";
export type { RunBaselinesDeps } from "./baselines/run-baselines.js";
export { measureRunBaselines } from "./baselines/run-baselines.js";
// tests check: known answers and baselines of every installed test
export type { AnswersReport, CheckTestAnswersOptions } from "./baselines/tests-check.js";
export {
  BASELINE_LIMIT,
  checkTestAnswers,
  createScoreAnswer,
  renderAnswersReport,
  renderBaselines,
  renderKnownAnswers,
} from "./baselines/tests-check.js";
export type { CacheStats } from "./cache/cache-maintenance.js";
export { clearCache, compactCache, readCacheStats } from "./cache/cache-maintenance.js";
export type { CacheExplanation, ExplainCacheOptions } from "./cache/explain-cache.js";
export { explainCacheItem } from "./cache/explain-cache.js";
export type { ExplainItemOptions } from "./cache/explain-item.js";
export { explainItem } from "./cache/explain-item.js";
export type { GenerationCacheEntry, ItemCache } from "./cache/item-cache.js";
export { createItemCache, scoreCacheKey } from "./cache/item-cache.js";
export type { CompareOptionText, ParsedCompareOptions } from "./compare/compare-options.js";
export { comparisonJson, parseCompareOptions } from "./compare/compare-options.js";
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
export { COMPARE_DIMENSIONS, COMPARISON_SCHEMA_VERSION, SEPARABLE_DIFFERENCE } from "./compare/comparison.js";
export type { PairedDelta } from "./compare/paired-interval.js";
export { pluginConfigIssues, pointAgentsAt } from "./config/command-config.js";
export { GateConfigSchema } from "./config/config-schema.js";
export type {
  ApplyConfig,
  Config,
  LoadConfigOptions,
  LoadedConfig,
  PassType,
  RepairConfig,
  Sampling,
  Timeouts,
  WrittenConfig,
} from "./config/index.js";
// config
export {
  ApplyConfigSchema,
  CONFIG_FILE_NAMES,
  ConfigSchema,
  defineConfig,
  findConfigFile,
  loadConfig,
  PASS_TYPES,
  PassTypeSchema,
  RepairConfigSchema,
  SamplingSchema,
  TimeoutsSchema,
} from "./config/index.js";
// the offline demo's answers
export type { DemoAnswer, DemoAnswersOptions } from "./demo/demo-answer.js";
// derived runs: rescore, judge, import
export type {
  AssembleDerivedRunOptions,
  AssembledRun,
  DerivedRun,
} from "./derived-runs/derived-run.js";
export {
  assembleDerivedRun,
  DERIVED_RUN_KINDS,
  DerivedRunSchema,
  writeDerivedRun,
} from "./derived-runs/derived-run.js";
export {
  renderImportSummary,
  renderJudgeSummary,
  renderRescoreSummary,
} from "./derived-runs/derived-run-text.js";
export type { JudgeReport } from "./derived-runs/judge-report.js";
export { JUDGE_REPORT_FILE, JudgeReportSchema } from "./derived-runs/judge-report.js";
export type { JudgeRequest } from "./derived-runs/judge-request.js";
export { judgeRequestConfig, validateJudgeRequest } from "./derived-runs/judge-request.js";
export type { JudgeIdentity, WriteJudgedRunOptions } from "./derived-runs/judged-run.js";
export { writeJudgedRun } from "./derived-runs/judged-run.js";
export type { WriteRescoredRunOptions } from "./derived-runs/rescored-run.js";
export { writeRescoredRun } from "./derived-runs/rescored-run.js";
export type {
  DevCycleGateDeps,
  DevCycleGateOptions,
  DevCycleGateOutcome,
} from "./dev-cycle/dev-cycle-gate.js";
export { assertBenchmarkCompleted, gateDevCycle } from "./dev-cycle/dev-cycle-gate.js";
export type { CollectEnvironmentOptions } from "./environment/collect-environment.js";
export { benchloopVersion, collectEnvironment } from "./environment/collect-environment.js";
export type { Environment } from "./environment/environment.js";
// documents
export { EnvironmentSchema } from "./environment/environment.js";
export { findBrowserOpener, openInBrowser } from "./environment/open-in-browser.js";
export type { BenchloopErrorFields, ErrorCode, ErrorLocation, ValidationIssue } from "./errors/index.js";
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
export type { ResolvedExporter } from "./export/export-runs.js";
export { filterRuns, resolveExporter, writeExport } from "./export/export-runs.js";
// formats for people (CLI, exporters)
export type { DurationStyle } from "./format/format.js";
export {
  formatBytes,
  formatDeltaInterval,
  formatDuration,
  formatNumber,
  formatPercent,
  formatPoints,
  formatProportion,
  formatRange,
  formatTime,
  plural,
} from "./format/format.js";
export {
  finishGateReport,
  formatMarginText,
  gateReportRuns,
  toPromotion,
} from "./gate/finish-gate-report.js";
export type { GateRunsDeps } from "./gate/gate-runs.js";
export { gateRunsWithPolicy } from "./gate/gate-runs.js";
export type { ResolvedGatePolicy } from "./gate/resolve-gate-policy.js";
export { resolveGatePolicy } from "./gate/resolve-gate-policy.js";
export type { ReuseDeps, ReusedRun, ReuseProblems } from "./gate/run-freshness.js";
export {
  assertReusable,
  assertRunsFresh,
  checkRunFreshness,
  parseMaxAgeDays,
} from "./gate/run-freshness.js";
export type { GateOutcome, RunGateOptions } from "./gate/run-gate.js";
export { GATE_FILES, runGate } from "./gate/run-gate.js";
export type { Generation, GenerationTiming, TokenCounts } from "./generation/generation.js";
export { GenerationSchema } from "./generation/generation.js";
export type { ImportedRun, ImportPlebdevRunOptions } from "./import/plebdev.js";
export { importPlebdevRun } from "./import/plebdev.js";
export type {
  RescoredRun,
  RescoreRunOptions,
  RescoreScorers,
  RescoreSkipReason,
} from "./import/rescore-run.js";
export { rescoreRun } from "./import/rescore-run.js";
export { isRunId, toRunId } from "./import/run-id.js";
export { claimRunFolder, writeRunFolder } from "./import/write-run-folder.js";
// inventory: what the installed plugins offer (`list`)
export type { HarnessStatus, InstalledModel, InventoryScope } from "./inventory/inventory.js";
export {
  listInstalledModels,
  listInstalledSuites,
  probeHarnesses,
  renderHarnesses,
  renderInstalledModels,
  renderInstalledTests,
} from "./inventory/inventory.js";
export type { DurationEstimate } from "./kernel/estimate-duration.js";
export { estimatePlanDuration } from "./kernel/estimate-duration.js";
export type { ExecuteContext, Executor, ItemUnit } from "./kernel/executor.js";
export { openConfiguredExecutor, scopeThroughExecutor } from "./kernel/executor-scope.js";
export type { InProcessExecutorOptions, JudgeStage } from "./kernel/in-process-executor.js";
export { createInProcessExecutor } from "./kernel/in-process-executor.js";
export { harnessUnavailable, noHarnessAvailable } from "./kernel/kernel-errors.js";
export type { RerunMode, RerunSelection } from "./kernel/rerun-selection.js";
export { copyFact, RERUN_MODES, selectRerun } from "./kernel/rerun-selection.js";
export type { RunBenchmarkOptions, RunOutcome } from "./kernel/run-benchmark.js";
export { runBenchmark } from "./kernel/run-benchmark.js";
export type { CreateRunControlOptions, RunControl } from "./kernel/run-control.js";
export { createRunControl, DEFAULT_GRACE_MS } from "./kernel/run-control.js";
export type { KernelOutcome, RunKernelOptions } from "./kernel/run-kernel.js";
export { runKernel } from "./kernel/run-kernel.js";
export type { MigrateFilesOutcome } from "./migrations/migrate-files.js";
export { findRunFiles, migrateRunFiles } from "./migrations/migrate-files.js";
export type { RunFile } from "./migrations/read-run-file.js";
export { readRunFile } from "./migrations/read-run-file.js";
// analysis: run.json migrations, import of other tools' runs, run summaries, export rows, compare
export type { RunMigration, RunMigrationResult, SchemaVersion } from "./migrations/run-migrations.js";
export { migrateRun, migrateRunWithSteps, RUN_MIGRATIONS } from "./migrations/run-migrations.js";
export type { ModelInfo } from "./model/model-info.js";
export { ModelInfoSchema } from "./model/model-info.js";
export type { BuildPlanOptions, BuiltPlan } from "./plan/build-plan.js";
// kernel
export { buildPlan, DEFAULT_PROBE_TIMEOUT_MS, loadTests, toPluginRecords } from "./plan/build-plan.js";
export { canonicalJson, hashCanonical, sha256 } from "./plan/canonical-json.js";
export type { DevCycleRequest } from "./plan/dev-cycle-request.js";
export { validateDevCycleRequest } from "./plan/dev-cycle-request.js";
export type { FilterFlags, RunSwitchFlags } from "./plan/filter-flags.js";
export { filterFlagOverrides, filtersOfFlags, isFiltered } from "./plan/filter-flags.js";
export type { HashInputChange, ItemHasher, ItemHashInputs } from "./plan/item-hash.js";
export { createItemHasher, diffHashInputs, samplingFor } from "./plan/item-hash.js";
export type { ItemKeyParts } from "./plan/item-key.js";
export { parseItemKey, toItemKey } from "./plan/item-key.js";
export type { LaunchRequest } from "./plan/launch-request.js";
export { LaunchRequestSchema, launchFilters, launchFlags, launchOverrides } from "./plan/launch-request.js";
export type { PlanFilters } from "./plan/plan-filters.js";
export { FILTER_FLAGS } from "./plan/plan-filters.js";
export type { PlanPreview } from "./plan/plan-preview.js";
export { previewPlan } from "./plan/plan-preview.js";
export type { Plan, PlanItem, PlannedTest, PluginRecord } from "./plan/plan-schema.js";
export { PLAN_SCHEMA_VERSION, PlanItemSchema, PlanSchema, PluginRecordSchema } from "./plan/plan-schema.js";
// command views: plan summary, cache, run list; run requests; recent runs
export type { RunRequest } from "./plan/run-request.js";
export { validateRunRequest } from "./plan/run-request.js";
export type { BenchTest, KnownAnswer } from "./plugin/bench-test.js";
// plugins
export { BenchTestSchema, KnownAnswerSchema } from "./plugin/bench-test.js";
// gate: the report every gate policy returns, its document blocks, resolving `gate.policy`
export type {
  ComponentContext,
  ComponentKind,
  ComponentTypes,
  ConversationTurn,
  ExecutorOpenInput,
  ExecutorProvider,
  ExecutorServeInput,
  Exporter,
  FollowUpRequest,
  GateEvaluateInput,
  GatePolicy,
  GenerateRequest,
  Harness,
  HarnessCapabilities,
  ItemContext,
  JudgeStageInput,
  LoadInfo,
  ModelQuery,
  PolicyState,
  PolicyTarget,
  PolicyTargetDescription,
  PolicyTargetRef,
  PrepareInput,
  ProbeResult,
  Scorer,
  TestSource,
  TestSourceLoadInput,
  TestWish,
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
export type { LoadComponentsOptions, LoadedComponents } from "./plugin/load-components.js";
export { loadComponents } from "./plugin/load-components.js";
export type { Redactor } from "./plugin/redaction.js";
export { createRedactor, createSecrets, createStreamLogger } from "./plugin/redaction.js";
export type { ComponentEntry, PluginOrigin, RegistryScope, ScopeServices } from "./plugin/registry.js";
export { createRegistry, Registry } from "./plugin/registry.js";
export type { ArtifactWriter, Clock, Logger, Secrets } from "./plugin/services.js";
export { SILENT_LOGGER, SYSTEM_CLOCK } from "./plugin/services.js";
export type { SimulationFacts } from "./plugin/simulated-label.js";
export { simulatedLabel, simulatedReporters } from "./plugin/simulated-label.js";
export { isTestWanted } from "./plugin/test-wish.js";
export { TOKENS } from "./plugin/tokens.js";
export { redactUrlCredentials } from "./plugin/url-credentials.js";
// applying a promotion to a policy target, checkpoints and rollback
export type {
  ApplyOutcome,
  ApplyPlan,
  ApplyPromotionInput,
  PlannedChange,
  PromotionContext,
  ResolvedPolicyTarget,
} from "./promotion/apply-promotion.js";
export { applyPromotion, describeTarget } from "./promotion/apply-promotion.js";
export type {
  ApplyFlagValues,
  ApplySettings,
  ApplyWithSettingsOptions,
  PromotionCommandContext,
} from "./promotion/apply-settings.js";
export { applyWithSettings, parsePairs, resolveApplySettings } from "./promotion/apply-settings.js";
export type {
  Checkpoint,
  CheckpointAssignment,
  CheckpointTarget,
  RollbackRecord,
} from "./promotion/checkpoint-schema.js";
export {
  CHECKPOINT_SCHEMA_VERSION,
  CheckpointSchema,
  RollbackRecordSchema,
} from "./promotion/checkpoint-schema.js";
export { CHECKPOINTS_DIR, readCheckpoint, readRollbackRecord } from "./promotion/checkpoint-store.js";
export { checkpointTarget } from "./promotion/checkpoint-target.js";
export type { CurrentState } from "./promotion/current-state.js";
export { lastAppliedState, readCurrentState } from "./promotion/current-state.js";
export type { FindPolicyTargetOptions } from "./promotion/find-policy-target.js";
export {
  coerceTargetOptions,
  findPolicyTarget,
  targetOptionsSchema,
  targetScheme,
} from "./promotion/find-policy-target.js";
export type { HeldState, NullAwareApplyInput, NullAwarePolicyTarget } from "./promotion/held-state.js";
export { isNullAwarePolicyTarget, withoutNulls } from "./promotion/held-state.js";
// promotion (gate → apply)
export type { GateStatus, Promotion, PromotionAssignment } from "./promotion/promotion.js";
export {
  GateStatusSchema,
  PROMOTION_SCHEMA_VERSION,
  PromotionAssignmentSchema,
  PromotionSchema,
} from "./promotion/promotion.js";
export type { KeyDrift } from "./promotion/promotion-errors.js";
export {
  applyRefused,
  checkpointInvalid,
  formatDrift,
  targetDrifted,
  targetFailed,
} from "./promotion/promotion-errors.js";
// promotion files, target lookup, apply settings, what is applied today
export { PROMOTION_FILES, readPromotionFile } from "./promotion/promotion-file.js";
export type { RollbackCheckpointInput, RollbackOutcome } from "./promotion/rollback-checkpoint.js";
export { rollbackCheckpoint } from "./promotion/rollback-checkpoint.js";
export type {
  ItemResourceTracker,
  ResourceSampler,
  ResourceSamplerOptions,
} from "./resources/resource-sampler.js";
export { createResourceSampler } from "./resources/resource-sampler.js";
// dev-cycle-summary.json
export type { BuildSummaryOptions, DevCycleSummary, ProfileSummary } from "./results/dev-cycle-summary.js";
export {
  buildDevCycleSummary,
  DEV_CYCLE_SUMMARY_FILE,
  DEV_CYCLE_SUMMARY_SCHEMA_VERSION,
  DecisionSchema,
  DevCycleSummarySchema,
} from "./results/dev-cycle-summary.js";
export type { GateBlock, GateListItem } from "./results/gate-document.js";
export { GateBlockSchema, GateListItemSchema, renderGateMarkdown } from "./results/gate-document.js";
export type {
  CandidateResult,
  GateAlert,
  GateMetric,
  GateReport,
  Margin,
  ProfileResult,
  Severity,
  SuiteMetrics,
  Violation,
} from "./results/gate-report.js";
export {
  AlertSchema,
  CandidateResultSchema,
  GATE_METRICS,
  GATE_REPORT_SCHEMA_VERSION,
  GateReportSchema,
  MarginSchema,
  ProfileResultSchema,
  SEVERITIES,
  SuiteMetricsSchema,
  ViolationSchema,
} from "./results/gate-report.js";
export type {
  ItemMetrics,
  ItemResources,
  ItemResult,
  ItemStatus,
  Provenance,
  RepairAttempt,
} from "./results/item-result.js";
export {
  ITEM_STATUSES,
  ItemResultSchema,
  ProvenanceSchema,
  REPAIR_STATUSES,
  RepairAttemptSchema,
} from "./results/item-result.js";
export type { GroupSummary, Run, RunSummary } from "./results/run-schema.js";
export { GroupSummarySchema, RUN_SCHEMA_VERSION, RunSchema, RunSummarySchema } from "./results/run-schema.js";
export type { BenchmarkInput } from "./run-setup/benchmark-input.js";
export { benchmarkInputOf } from "./run-setup/benchmark-input.js";
export type { DemoSimulator, SimulatorOptions } from "./run-setup/demo-server.js";
export { restartDemoServer, startDemoServer, withDemoServer } from "./run-setup/demo-server.js";
// run setup: config overrides from run flags, the demo's simulator, the judge stage
export type { JudgeStageDeps } from "./run-setup/judge-stage.js";
export { createJudgeStage } from "./run-setup/judge-stage.js";
export type { DemoServer, RunSetupFlags } from "./run-setup/run-setup-flags.js";
export {
  DEMO_CODING_TESTS,
  DEMO_LATENCY_SCALE,
  DEMO_MODELS,
  DEMO_PORT,
  DEMO_REPAIR_MODELS,
  ollamaUrlOf,
  runSetupOverrides,
  validateRunSetupFlags,
} from "./run-setup/run-setup-flags.js";
export type { ServeWorkerInput, WorkerFlags } from "./run-setup/serve-worker.js";
export { runWorker, serveWorker } from "./run-setup/serve-worker.js";
export { SCHEMA_DOCUMENTS, toJsonSchemaFiles } from "./schema-docs/json-schemas.js";
export type { Failure, Stage } from "./score/failure.js";
export { FAILURE_TYPES, FailureSchema, STAGES } from "./score/failure.js";
export type { ItemFailureFields } from "./score/item-failure.js";
// item failures, keys and hashes
export { itemFailure, readItemFailure, toFailure } from "./score/item-failure.js";
export type { JudgeVerdict } from "./score/judge-verdict.js";
export { JudgeVerdictSchema } from "./score/judge-verdict.js";
export type { Check, Score } from "./score/score.js";
export { CheckSchema, ScoreSchema } from "./score/score.js";
export type {
  BootstrapOptions,
  ClassifyDeltaInput,
  DeltaInterval,
  DeltaVerdict,
  MeanInterval,
  PairedPowerOptions,
  PassDeltaInput,
  PassFlips,
  ProportionInterval,
  Random,
  ScoreDeltaInput,
  Summary,
} from "./stats/index.js";
// statistics
export {
  bootstrapMeanInterval,
  classifyDelta,
  countPassFlips,
  createRandom,
  DEFAULT_DISCORDANCE,
  mcnemarExact,
  mean,
  median,
  pairedBootstrapDelta,
  pairedDetectableDifference,
  pairedItemsNeeded,
  passAt1,
  passAtK,
  passHatK,
  percentile,
  summarize,
  wilsonInterval,
} from "./stats/index.js";
export { ARTIFACTS_DIR, artifactFolderName, createArtifactWriter } from "./store/artifact-writer.js";
export { writeFileAtomic, writeRunFile } from "./store/atomic-write.js";
export type { DemoMarker } from "./store/demo-marker.js";
export {
  DEMO_MARKER_FILE,
  DemoMarkerSchema,
  findDemoRun,
  readDemoMarker,
  writeDemoMarker,
} from "./store/demo-marker.js";
export type { DroppedJournalLine, ItemJournal, JournalContents } from "./store/item-journal.js";
export { JOURNAL_FILE, openItemJournal, parseItemJournal, readItemJournal } from "./store/item-journal.js";
export { isProcessAlive } from "./store/process-alive.js";
export { PLAN_FILE, RUN_FILE, readPlan, readRun } from "./store/read-run.js";
export type { RunInput } from "./store/read-run-input.js";
export { readRunInput } from "./store/read-run-input.js";
export { readRecentRuns } from "./store/recent-runs.js";
export type { ResolveRunRefOptions, RunRef } from "./store/resolve-run-ref.js";
export { resolveRunRef } from "./store/resolve-run-ref.js";
export type { RunIndexEntry } from "./store/run-index.js";
export { INDEX_FILE, listRuns, RunIndexEntrySchema, updateRunIndex } from "./store/run-index.js";
export type { RunStore } from "./store/run-store.js";
export { createRunStore } from "./store/run-store.js";
export type { ExportCell } from "./summary/export-row.js";
export {
  createExportRowMapper,
  EXPORT_COLUMN_DESCRIPTIONS,
  EXPORT_COLUMNS,
  EXPORT_COLUMNS_VERSION,
} from "./summary/export-row.js";
export type { ItemFilter, ItemFilterField } from "./summary/item-filter.js";
export { ITEM_FILTER_FIELDS, parseItemFilter, toItemPredicate } from "./summary/item-filter.js";
export type { CheckCounts } from "./summary/item-outcome.js";
export {
  hasReplayedTiming,
  isItemPassed,
  toCheckCounts,
  toItemCheckRate,
  toItemJudgeScore,
} from "./summary/item-outcome.js";
export type { PassMetric, RepairCost } from "./summary/repair-outcome.js";
export {
  failedFirst,
  isItemRepaired,
  itemUsedRepair,
  PASS_METRICS,
  passedByMetric,
  passedWithin,
  repairCostOf,
  runUsedRepair,
} from "./summary/repair-outcome.js";
export type { SummarizeOptions } from "./summary/summarize-run.js";
export { summarizeItems, summarizeRun } from "./summary/summarize-run.js";
export { renderCacheExplanation, renderCacheStats } from "./text/cache-views.js";
export { renderCompareMarkdown } from "./text/compare-markdown.js";
// text views: the terminal renderings of runs, plans and comparisons every front end prints
export type { CompareTableOptions } from "./text/compare-table.js";
export { renderCompareTable } from "./text/compare-table.js";
export { regressedGroups } from "./text/compare-view.js";
export { renderDevCycleSummary, renderSuiteScores } from "./text/dev-cycle-text.js";
export { escapeHtml } from "./text/escape-html.js";
export type { PlanPower } from "./text/plan-power.js";
export { describePlanPower, toPlanPower } from "./text/plan-power.js";
export { renderPlanSummary } from "./text/plan-summary.js";
export { createLineProgress, formatItemLine, STATUS_MARKS } from "./text/progress-lines.js";
export { renderRunList, runStatusLabel } from "./text/run-list.js";
export { renderShowHeader } from "./text/show-header.js";
export type { ArtifactTexts } from "./text/show-item.js";
export { renderShowItem } from "./text/show-item.js";
export type { ShowMatrixOptions } from "./text/show-matrix.js";
export { renderShowMatrix } from "./text/show-matrix.js";
export { findRunItem, readItemArtifacts, renderShowRun } from "./text/show-run.js";
export { formatStatus, STATUS_LEGEND, STATUS_SYMBOLS } from "./text/status-label.js";
export { renderRunSummary } from "./text/summary-table.js";
export type { Align, RenderTableOptions } from "./text/table.js";
export { renderTable, truncate } from "./text/table.js";
export { wrapText } from "./text/wrap-text.js";

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
// item failures, keys and hashes
export { itemFailure, readItemFailure, toFailure } from "./score/item-failure.js";
export type { JudgeVerdict } from "./score/judge-verdict.js";
export { JudgeVerdictSchema } from "./score/judge-verdict.js";
export type { Check, Score } from "./score/score.js";
export { CheckSchema, ScoreSchema } from "./score/score.js";

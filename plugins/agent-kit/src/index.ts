// Public surface of @benchloop/agent-kit: the metering proxy, isolated agent runs, and the helpers the
// coding-agent harnesses share (binary discovery, probe, event parsing, failures, generation).

export type { FindAgentBinaryOptions, FoundBinary } from "./agent-binary.js";
export { findAgentBinary, packageBin, readAgentVersion } from "./agent-binary.js";
export type { AgentHarnessConfig } from "./agent-config-schema.js";
export { AgentHarnessConfigSchema } from "./agent-config-schema.js";
export type { BuildAgentEnvOptions } from "./agent-env.js";
export { buildAgentEnv } from "./agent-env.js";
export type { AgentFailureContext } from "./agent-failure.js";
export { toAgentFailure, toServerFailure } from "./agent-failure.js";
export type {
  AgentHarnessPrepareInput,
  CreateAgentHarnessOptions,
  LocatedAgentBinary,
} from "./agent-harness.js";
export { createAgentHarness } from "./agent-harness.js";
export type { AgentTask } from "./agent-task.js";
export { toAgentTask } from "./agent-task.js";
export type {
  AgentWorkspace,
  CreateAgentWorkspaceOptions,
  KeepWrittenFilesOptions,
} from "./agent-workspace.js";
export { createAgentWorkspace, keepWrittenFiles } from "./agent-workspace.js";
export type { JsonLines } from "./json-lines.js";
export { parseJsonLines, pick } from "./json-lines.js";
export type { MeteringProxy, MeteringProxyOptions } from "./metering-proxy.js";
export { createMeteringProxy } from "./metering-proxy.js";
export type { ModelApi, ModelCallRecord, ModelCallTotals } from "./model-call.js";
export { sumModelCalls } from "./model-call.js";
export type { ModelServerApi } from "./model-server.js";
export { checkModelServer, DEFAULT_MODEL_SERVER_URL, toUpstreamUrl } from "./model-server.js";
export type { ProbeAgentOptions } from "./probe-agent.js";
export { probeAgent } from "./probe-agent.js";
export type { FolderProtection } from "./read-only-folders.js";
export { findReadOnlyMountSupport, protectFolders } from "./read-only-folders.js";
export type {
  AgentLaunch,
  AgentOutput,
  RunAgentItemOptions,
  ToAgentGenerationInput,
} from "./run-agent-item.js";
export { AGENT_ARTIFACTS, runAgentItem, toAgentGeneration } from "./run-agent-item.js";
export type { AgentProcessResult, RunAgentProcessOptions } from "./run-agent-process.js";
export { runAgentProcess } from "./run-agent-process.js";

// Test helpers of @benchloop/agent-kit for agent harness packages (used from their tests only).

export type { KeptLogger, TestItemContext } from "@benchloop/http-harness-kit/testing";
export {
  createKeptLogger,
  createTestDeps,
  createTestItemContext,
  readmeOptionMismatches,
  readmeOptionRows,
  schemaDescriptions,
} from "@benchloop/http-harness-kit/testing";
export type { ScenarioEntry } from "./agent-scenarios.js";
export {
  ADD_ANSWER,
  ADD_FLAWED_ANSWER,
  ADD_PROMPT,
  agentAnswerBook,
  FILE_CONTENT,
  FILE_PROMPT,
  failureOf,
} from "./agent-scenarios.js";
export type { TestItemContexts } from "./agent-test-items.js";
export {
  agentTestRequest,
  assertAgentOverhead,
  assertMetered,
  createTestItemContexts,
  readKeptFiles,
} from "./agent-test-items.js";

// Test helpers of @benchloop/http-harness-kit for harness packages (used from their tests only): item
// contexts and deps, a fake HTTP server, ollama-sim's shared answer book, small failure checks and plugin
// checks. The shared streaming-harness suite is `@benchloop/http-harness-kit/testing/suite`.
export type { FakeServer, ReceivedRequest } from "./fake-server.js";
export { startFakeServer } from "./fake-server.js";
export type { TestResources } from "./harness-checks.js";
export { closedPort, createTestResources, failureKey, failureOf, transcriptLines } from "./harness-checks.js";
export type { KeptLogger, TestItemContext } from "./item-context.js";
export { createKeptLogger, createTestDeps, createTestItemContext } from "./item-context.js";
export {
  harnessConfigIssues,
  probeThroughRegistry,
  readmeOptionMismatches,
  readmeOptionRows,
  registeredEntries,
  schemaDescriptions,
} from "./plugin-checks.js";
export {
  ADD_ANSWER,
  ADD_FLAWED_ANSWER,
  ADD_PROMPT,
  ADD_THINKING,
  requestFor,
  SILENT_PROMPT,
  SIM_ANSWERS,
} from "./sim-answers.js";

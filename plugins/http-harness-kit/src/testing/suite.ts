// The shared streaming-harness suite and test-file set-up, apart from the other test helpers because
// they need vitest and @benchloop/ollama-sim (optional peer dependencies of this package).
export type { HarnessBench } from "./harness-bench.js";
export { startTestSim, useHarnessBench } from "./harness-bench.js";
export { describeRepairRounds } from "./repair-rounds-suite.js";
export type { StreamingHarnessSuite } from "./streaming-harness-suite.js";
export { describeStreamingHarness } from "./streaming-harness-suite.js";

// The shared streaming-harness suite, apart from the other test helpers because it needs vitest and
// @benchloop/ollama-sim (optional peer dependencies of this package).
export type { StreamingHarnessSuite } from "./streaming-harness-suite.js";
export { describeStreamingHarness, startTestSim } from "./streaming-harness-suite.js";

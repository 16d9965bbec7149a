// The set-up every harness test file repeats: one shared ollama-sim and harness for the file, more
// simulators when a test needs its own, and item contexts removed after each test. Registers vitest
// hooks, so call it at the top of a test file or inside a `describe`.
import type { Harness } from "@benchloop/core";
import { type SimOptions, type SimServer, startSim } from "@benchloop/ollama-sim";
import { afterAll, afterEach, beforeAll } from "vitest";
import { createTestResources, type TestResources } from "./harness-checks.js";
import { SIM_ANSWERS } from "./sim-answers.js";

/** Starts ollama-sim with the shared answer book and no latency. */
export function startTestSim(options: SimOptions = {}): Promise<SimServer> {
  return startSim({ latencyScale: 0, answers: SIM_ANSWERS, seed: 7, ...options });
}

/** What a test file works with. */
export interface HarnessBench extends Pick<TestResources, "itemContext" | "keep"> {
  /** The simulator shared by the file (started before its first test). */
  readonly shared: SimServer;
  /** The harness talking to {@link shared}. */
  readonly harness: Harness;
  /** Starts a simulator of the test's own, closed after the file. */
  sim(options?: SimOptions): Promise<SimServer>;
}

/** Sets up a test file around `harnessFor` (the harness for a server at `url`). */
export function useHarnessBench(harnessFor: (server: { url: string }) => Harness): HarnessBench {
  const resources = createTestResources();
  const sim = async (options: SimOptions = {}) => resources.keep(await startTestSim(options));
  let shared: { sim: SimServer; harness: Harness } | undefined;
  const ready = () => {
    if (!shared) throw new Error("the harness bench is used before its beforeAll hook ran");
    return shared;
  };
  beforeAll(async () => {
    const server = await sim();
    shared = { sim: server, harness: harnessFor(server) };
  });
  afterEach(() => resources.cleanupContexts());
  afterAll(() => resources.closeServers());
  return {
    get shared() {
      return ready().sim;
    },
    get harness() {
      return ready().harness;
    },
    sim,
    itemContext: resources.itemContext,
    keep: resources.keep,
  };
}

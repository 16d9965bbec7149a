// A fake harness, test source and scorer for tests of the kernel, the store and the CLI: every item's
// latency, outcome and transient failures are scripted (from config or code), and a recorder observes
// what the kernel did (calls, generations in flight). A test helper, not a product feature.
import { z } from "zod";
import type { Generation } from "../generation/generation.js";
import { sha256 } from "../plan/canonical-json.js";
import { parseItemKey } from "../plan/item-key.js";
import type { BenchTest } from "../plugin/bench-test.js";
import type { Harness, HarnessCapabilities, Scorer, TestSource } from "../plugin/contracts.js";
import { type BenchloopPlugin, definePlugin } from "../plugin/define-plugin.js";
import { itemFailure } from "../score/item-failure.js";

/** What happens to one item in the fake harness. */
export const FakeItemScriptSchema = z
  .object({
    latencyMs: z.number().nonnegative().optional().describe("Generation time."),
    wallMs: z
      .number()
      .nonnegative()
      .optional()
      .describe("Wall time the generation reports (default: its latency)."),
    outcome: z
      .enum(["pass", "fail", "error", "hang", "crash"])
      .optional()
      .describe(
        "pass/fail: the answer the scorer sees; error: a typed non-retryable failure; hang: never answers (until aborted); crash: throws a plain Error.",
      ),
    errorType: z.string().optional().describe("Failure type of outcome error (default http_status)."),
    transientFailures: z
      .number()
      .int()
      .nonnegative()
      .optional()
      .describe("Attempts that fail with a retryable server_busy before the outcome."),
    repairAt: z
      .number()
      .int()
      .min(2)
      .optional()
      .describe(
        "The attempt whose answer passes in repair rounds (2: the first round); absent: every round fails.",
      ),
  })
  .strict();

/** What happens to one item in the fake harness. */
export type FakeItemScript = z.infer<typeof FakeItemScriptSchema>;

/** Config section of the fake harness (`harnesses.fake`). */
export const FakeHarnessConfigSchema = z
  .object({
    available: z.boolean().default(true).describe("What probe says."),
    reason: z.string().default("the fake server is not running").describe("Probe reason when unavailable."),
    version: z.string().default("1.0.0").describe("Backend version reported by probe."),
    simulated: z.boolean().default(false).describe("Mark runs as simulated."),
    models: z
      .array(z.object({ name: z.string(), digest: z.string().optional() }).strict())
      .default([
        { name: "fake-small", digest: "sha256:small-1" },
        { name: "fake-large", digest: "sha256:large-1" },
      ])
      .describe("Models listModels returns."),
    latencyMs: z.number().nonnegative().default(0).describe("Generation time of every item."),
    prepareMs: z.number().nonnegative().default(0).describe("Model load time."),
    vramBytes: z.number().nonnegative().optional().describe("What sampleResources reports."),
    conversation: z.boolean().default(true).describe("Whether the harness has `followUp` (repair rounds)."),
    items: z
      .record(z.string(), FakeItemScriptSchema)
      .default({})
      .describe("Scripts by item key, by `model|test`, or by test id (first match wins, in that order)."),
  })
  .strict();

/** Config section of the fake harness. */
export type FakeHarnessConfig = z.infer<typeof FakeHarnessConfigSchema>;

/** Config section of the fake test source (`sources.fake-tests`). */
export const FakeTestsConfigSchema = z
  .object({
    count: z.number().int().min(0).default(3).describe("Tests t-01 … t-NN."),
    suites: z.array(z.string().min(1)).min(1).default(["smoke"]).describe("Suites, assigned round robin."),
    version: z.string().default("1").describe("Version of every test."),
    revisions: z
      .record(z.string(), z.string())
      .default({})
      .describe("Per-test content revision: changes its content hash."),
    scorer: z.string().default("fake-scorer"),
    smokeTests: z.array(z.string()).default([]).describe("Ids of the tests marked as smoke tests."),
    repair: z.boolean().default(false).describe("Mark every test as repairable (`run --repair`)."),
  })
  .strict();

/** Config section of the fake scorer (`scorers.fake-scorer`). */
export const FakeScorerConfigSchema = z
  .object({
    latencyMs: z.number().nonnegative().default(0).describe("Scoring time of every answer."),
  })
  .strict();

/** What the fake components saw, for assertions. */
export interface FakeRecorder {
  /**
   * Every call in order: `prepare model`, `generate key#attempt`, `follow-up key@attempt`, `release model`,
   * `score key`.
   */
  calls: string[];
  /** Generations in flight now, and the most at once. */
  inFlight: number;
  maxInFlight: number;
  maxInFlightByHarness: Record<string, number>;
  /** Generation attempts started so far. */
  generations: number;
  /** Scores during which a generation was in flight or started (scoring overlapped generation). */
  overlappedScores: number;
}

/** Creates an empty recorder. */
export function createFakeRecorder(): FakeRecorder {
  return {
    calls: [],
    inFlight: 0,
    maxInFlight: 0,
    maxInFlightByHarness: {},
    generations: 0,
    overlappedScores: 0,
  };
}

/** Options of {@link createFakePlugin}. */
export interface FakePluginOptions {
  /** Plugin name (default `@benchloop/fake`). */
  name?: string;
  /** Harness ids to register (default `["fake"]`); each reads its own config section. */
  harnesses?: readonly string[];
  capabilities?: Readonly<Record<string, HarnessCapabilities>>;
  /** Harness component version (part of item hashes; default "1.0.0"). */
  harnessVersion?: string;
  /** Scorer version (part of score cache keys; default "1.0.0"). */
  scorerVersion?: string;
  recorder?: FakeRecorder;
  /** Scripts an item in code; wins over the config's `items`. */
  script?(item: {
    key: string;
    model: string;
    harness: string;
    test: string;
    attempt: number;
  }): FakeItemScript | undefined;
}

/** Waits `ms`; with no wait at all the signal is not even looked at (that costs a zero-latency fake). */
function wait(ms: number, signalOf: () => AbortSignal): Promise<void> {
  if (ms <= 0) return Promise.resolve();
  const signal = signalOf();
  return new Promise((resolve, reject) => {
    if (signal.aborted) return reject(signal.reason);
    const onAbort = () => {
      clearTimeout(timer);
      reject(signal.reason);
    };
    const timer = setTimeout(() => {
      signal.removeEventListener("abort", onAbort);
      resolve();
    }, ms);
    signal.addEventListener("abort", onAbort, { once: true });
  });
}

function hangUntilAborted(signal: AbortSignal): Promise<never> {
  return new Promise((_, reject) => {
    if (signal.aborted) return reject(signal.reason);
    signal.addEventListener("abort", () => reject(signal.reason), { once: true });
  });
}

function createFakeHarness(id: string, config: FakeHarnessConfig, options: FakePluginOptions): Harness {
  const recorder = options.recorder;
  const attempts = new Map<string, number>();
  const inFlightHere = { now: 0 };
  const scriptFor = (key: string, attempt: number): FakeItemScript => {
    const parts = parseItemKey(key);
    const fromCode = options.script?.({
      key,
      model: parts.model,
      harness: parts.harness,
      test: parts.test,
      attempt,
    });
    return (
      fromCode ??
      config.items[key] ??
      config.items[`${parts.model}|${parts.test}`] ??
      config.items[parts.test] ??
      {}
    );
  };
  const harness: Harness = {
    async probe() {
      return config.available
        ? { available: true, version: config.version, endpoint: `fake://${id}`, simulated: config.simulated }
        : { available: false, reason: config.reason, endpoint: `fake://${id}` };
    },
    async listModels() {
      return config.models.map((m) => ({ ...m, ...(config.simulated ? { simulated: true } : {}) }));
    },
    async prepare(input, ctx) {
      recorder?.calls.push(`prepare ${input.model}`);
      await wait(config.prepareMs, () => ctx.signal);
      return { loadMs: config.prepareMs };
    },
    async release(input) {
      recorder?.calls.push(`release ${input.model}`);
    },
    async sampleResources() {
      return config.vramBytes === undefined ? {} : { vramBytes: config.vramBytes };
    },
    async generate(request, ctx) {
      const attempt = (attempts.get(ctx.itemKey) ?? 0) + 1;
      attempts.set(ctx.itemKey, attempt);
      const script = scriptFor(ctx.itemKey, attempt);
      if (recorder) {
        recorder.calls.push(`generate ${ctx.itemKey}#${attempt}`);
        recorder.generations++;
        recorder.inFlight++;
        inFlightHere.now++;
        recorder.maxInFlight = Math.max(recorder.maxInFlight, recorder.inFlight);
        recorder.maxInFlightByHarness[id] = Math.max(
          recorder.maxInFlightByHarness[id] ?? 0,
          inFlightHere.now,
        );
      }
      try {
        const latencyMs = script.latencyMs ?? config.latencyMs;
        if (script.outcome === "hang") await hangUntilAborted(ctx.signal);
        await wait(latencyMs, () => ctx.signal);
        if (attempt <= (script.transientFailures ?? 0)) {
          throw itemFailure({
            type: "server_busy",
            message: "the fake server answered 503 (busy)",
            retryable: true,
            status: 503,
          });
        }
        if (script.outcome === "error") {
          throw itemFailure({
            type: script.errorType ?? "http_status",
            message: "the fake server answered 500",
            retryable: false,
            status: 500,
          });
        }
        if (script.outcome === "crash") throw new Error("the fake harness crashed");
        const verdict = script.outcome === "fail" ? "FAIL" : "PASS";
        const generation: Generation = {
          text: `${verdict} ${request.testId} ${request.passType} from ${request.model}`,
          tokens: { prompt: 10, completion: 20 },
          timing: {
            wallMs: script.wallMs ?? latencyMs,
            ...((script.wallMs ?? latencyMs) > 0 ? { evalMs: script.wallMs ?? latencyMs } : {}),
          },
          doneReason: "stop",
        };
        return generation;
      } finally {
        if (recorder) {
          recorder.inFlight--;
          inFlightHere.now--;
        }
      }
    },
  };
  if (!config.conversation) return harness;
  // A follow-up answer passes from the script's `repairAt` attempt on; the attempt is counted from the
  // answers in the history (the first answer is attempt 1).
  harness.followUp = async (request, ctx) => {
    const attempt = request.history.filter((turn) => turn.role === "assistant").length + 1;
    recorder?.calls.push(`follow-up ${ctx.itemKey}@${attempt}`);
    const script = scriptFor(ctx.itemKey, 1);
    const latencyMs = script.latencyMs ?? config.latencyMs;
    await wait(latencyMs, () => ctx.signal);
    const passes = script.repairAt !== undefined && attempt >= script.repairAt;
    await ctx.artifacts.write(
      "transcript.json",
      JSON.stringify({ history: request.history, prompt: request.prompt }),
    );
    return {
      text: `${passes ? "PASS" : "FAIL"} ${request.testId} ${request.passType} from ${request.model} at attempt ${attempt}`,
      tokens: { prompt: 30, completion: 20 },
      timing: { wallMs: script.wallMs ?? latencyMs },
      doneReason: "stop",
    };
  };
  return harness;
}

function createFakeTests(config: z.infer<typeof FakeTestsConfigSchema>): TestSource {
  return {
    async load() {
      const tests: BenchTest[] = [];
      const width = Math.max(2, String(config.count).length);
      for (let i = 1; i <= config.count; i++) {
        const id = `t-${String(i).padStart(width, "0")}`;
        const revision = config.revisions[id] ?? "0";
        tests.push({
          id,
          version: config.version,
          source: "fake-tests",
          suite: config.suites[(i - 1) % config.suites.length]!,
          title: `fake test ${i}`,
          contentHash: sha256(`${id}|${config.version}|${revision}`),
          prompts: { blind: `Write ${id}.`, informed: `Write ${id} exactly as specified.` },
          scorer: config.scorer,
          tags: [],
          ...(config.smokeTests.includes(id) ? { smoke: true } : {}),
          ...(config.repair ? { repair: true } : {}),
        });
      }
      return tests;
    },
  };
}

function createFakeScorer(
  config: z.infer<typeof FakeScorerConfigSchema>,
  version: string,
  recorder?: FakeRecorder,
): Scorer {
  return {
    async score(input, ctx) {
      const before = recorder?.generations ?? 0;
      const busy = (recorder?.inFlight ?? 0) > 0;
      recorder?.calls.push(`score ${ctx.itemKey}`);
      await wait(config.latencyMs, () => ctx.signal);
      if (recorder && (busy || recorder.inFlight > 0 || recorder.generations > before))
        recorder.overlappedScores++;
      const passed = input.generation.text.startsWith("PASS");
      return {
        scorer: "fake-scorer",
        scorerVersion: version,
        passed,
        value: passed ? 1 : 0,
        checks: [{ name: "answer says PASS", passed }],
      };
    },
  };
}

/**
 * Creates the fake plugin: harness `fake` (or the ids given), test source `fake-tests`, scorer
 * `fake-scorer`, each scripted by its config section and by `options`.
 */
export function createFakePlugin(options: FakePluginOptions = {}): BenchloopPlugin {
  const harnessVersion = options.harnessVersion ?? "1.0.0";
  const scorerVersion = options.scorerVersion ?? "1.0.0";
  return definePlugin({
    name: options.name ?? "@benchloop/fake",
    apiVersion: "^1",
    register(r) {
      for (const id of options.harnesses ?? ["fake"]) {
        r.harness(id, (deps) => createFakeHarness(id, deps.config, options), {
          configSchema: FakeHarnessConfigSchema,
          version: harnessVersion,
          capabilities: options.capabilities?.[id] ?? { streaming: false },
          description: "A scripted in-process harness for tests.",
        });
      }
      r.testSource("fake-tests", (deps) => createFakeTests(deps.config), {
        configSchema: FakeTestsConfigSchema,
        suites: ["smoke"],
        description: "Numbered fake tests for kernel tests.",
      });
      r.scorer("fake-scorer", (deps) => createFakeScorer(deps.config, scorerVersion, options.recorder), {
        configSchema: FakeScorerConfigSchema,
        version: scorerVersion,
        description: "Passes answers that start with PASS.",
      });
    },
  });
}

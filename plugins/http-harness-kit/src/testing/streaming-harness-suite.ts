// The behaviour every streaming HTTP harness shares, as one vitest suite run against ollama-sim over
// real sockets: answers, thinking, truncation, empty answers, and every failure typed (unknown model,
// tools refused, flaky server, refused and dropped connections, stalls, split chunks, in-stream errors,
// malformed data, a full queue, a slot limit, aborts and deadlines). A harness test file calls it once.
import type { Harness } from "@benchloop/core";
import { GenerationSchema } from "@benchloop/core";
import { SIM_MODELS, type SimOptions } from "@benchloop/ollama-sim";
import { describe, expect, it, vi } from "vitest";
import { useHarnessBench } from "./harness-bench.js";
import { closedPort, failureKey, failureOf } from "./harness-checks.js";
import { ADD_ANSWER, ADD_THINKING, requestFor, SILENT_PROMPT } from "./sim-answers.js";

/** Options of {@link describeStreamingHarness}. */
export interface StreamingHarnessSuite {
  /** The suite's title, e.g. "ollama harness". */
  name: string;
  /** The harness talking to a server at `url` (the simulator's root), with extra config. */
  harnessFor(server: { url: string }, config?: Record<string, unknown>): Harness;
}

/** Registers the shared behaviour tests of a streaming harness. */
export function describeStreamingHarness(suite: StreamingHarnessSuite): void {
  describe(`${suite.name}: shared streaming behaviour`, () => {
    const bench = useHarnessBench(suite.harnessFor);
    const { itemContext, sim } = bench;
    const harness = () => bench.harness;
    const run = async (options: SimOptions, config: Record<string, unknown> = {}) => {
      const server = await sim(options);
      return failureOf(
        suite.harnessFor(server, config).generate(requestFor("sim/oracle"), await itemContext()),
      );
    };

    it("streams sim/oracle's reference answer with tokens, TTFT and a transcript", async () => {
      const generation = await harness().generate(requestFor("sim/oracle"), await itemContext());
      GenerationSchema.parse(generation);
      expect(generation).toMatchObject({ text: ADD_ANSWER, doneReason: "stop", truncated: false });
      expect(generation.thinking).toBeUndefined();
      expect(generation.tokens.completion).toBeGreaterThan(0);
      expect(generation.timing.ttftMs).toBeGreaterThanOrEqual(0);
      expect(generation.timing.ttftMs).toBeLessThanOrEqual(generation.timing.wallMs);
      expect(generation.transcript).toMatch(/transcript\.ndjson$/);
    });

    it("keeps sim/thinker's thinking apart from its answer and estimates its tokens", async () => {
      const generation = await harness().generate(requestFor("sim/thinker"), await itemContext());
      expect(generation).toMatchObject({ text: ADD_ANSWER, thinking: ADD_THINKING });
      const { completion = 0, reasoning = 0 } = generation.tokens;
      expect(reasoning).toBeGreaterThan(0);
      expect(reasoning).toBeLessThan(completion);
      expect(generation.meta?.reasoningTokens).toBe("estimated from streamed chunks");
    });

    it("records sim/sloppy's flawed answer and sim/prose's refusal as answers", async () => {
      const ctx = await itemContext();
      expect((await harness().generate(requestFor("sim/sloppy"), ctx)).text).toContain("a - b");
      const prose = await harness().generate(requestFor("sim/prose"), ctx);
      expect(prose.text).not.toContain("```");
      expect(prose.text.length).toBeGreaterThan(0);
    });

    it("flags sim/truncator's length stop as truncated", async () => {
      const generation = await harness().generate(requestFor("sim/truncator"), await itemContext());
      expect(generation).toMatchObject({ doneReason: "length", truncated: true });
      const limit = SIM_MODELS.find((model) => model.behaviour === "truncator")!.truncateAfterTokens;
      expect(generation.tokens.completion).toBe(limit);
      expect(ADD_ANSWER.startsWith(generation.text)).toBe(true);
    });

    it("fails an empty answer as empty_answer, keeping the partial generation and transcript", async () => {
      const ctx = await itemContext();
      const request = requestFor("sim/oracle", { prompt: SILENT_PROMPT });
      const failure = await failureOf(harness().generate(request, ctx));
      expect(failure).toMatchObject({ type: "empty_answer", retryable: false });
      expect(failure.message).toContain("sim/oracle");
      expect(failure.details.generation).toMatchObject({ text: "", doneReason: "stop" });
      expect(ctx.written).toEqual([failure.details.transcript]);
    });

    it("fails an answer cut off while thinking as truncated, not completed", async () => {
      const sampling = { temperature: 0, seed: 42, numPredict: 5 };
      const request = requestFor("sim/thinker", { sampling });
      const failure = await failureOf(harness().generate(request, await itemContext()));
      expect(failure).toMatchObject({ type: "truncated", retryable: false });
      expect(failure.details.generation).toMatchObject({ doneReason: "length", truncated: true });
      expect(failure.details.generation).toMatchObject({ tokens: { completion: 5 } });
    });

    it("types an unknown model as model_not_found (404), not retryable, with its transcript", async () => {
      const ctx = await itemContext();
      const failure = await failureOf(harness().generate(requestFor("nope:latest"), ctx));
      expect(failure).toMatchObject({ type: "model_not_found", status: 404, retryable: false });
      expect(ctx.written).toEqual([failure.details.transcript]);
    });

    it("types tools sent to sim/no-tools as tools_unsupported (400)", async () => {
      const tools = [{ type: "function", function: { name: "read_file", parameters: { type: "object" } } }];
      const request = { ...requestFor("sim/no-tools"), tools } as never;
      const failure = await failureOf(harness().generate(request, await itemContext()));
      expect(failure).toMatchObject({ type: "tools_unsupported", status: 400, retryable: false });
    });

    it("types sim/flaky's transient failures as retryable HTTP 500s and connection resets", async () => {
      const ctx = await itemContext();
      const outcomes = new Set<string>();
      for (let attempt = 0; attempt < 20; attempt++) {
        const generate = harness().generate(requestFor("sim/flaky"), ctx);
        outcomes.add(await generate.then((g) => (g.text === ADD_ANSWER ? "ok" : "wrong answer"), failureKey));
      }
      expect(outcomes).toEqual(new Set(["ok", "http_status:500:true", "connection_reset:-:true"]));
    });

    it("types a refused connection as connection_refused, retryable, naming the address", async () => {
      const url = `http://127.0.0.1:${await closedPort()}`;
      const failure = await failureOf(
        suite.harnessFor({ url }).generate(requestFor("sim/oracle"), await itemContext()),
      );
      expect(failure).toMatchObject({ type: "connection_refused", retryable: true });
      expect(failure.message).toContain(url);
    });

    it("types a server that drops every connection as connection_reset, retryable", async () => {
      const failure = await run({ faults: { refuseConnections: true } });
      expect(failure).toMatchObject({ type: "connection_reset", retryable: true });
    });

    it("types a stream that stalls past requestTimeoutMs as timeout, retryable", async () => {
      const failure = await run({ faults: { stallAfterChunks: 3 } }, { requestTimeoutMs: 200 });
      expect(failure).toMatchObject({ type: "timeout", retryable: true });
      expect(failure.message).toContain("requestTimeoutMs");
    });

    it("reads lines and events split across network chunks", async () => {
      const server = await sim({ faults: { splitLines: true } });
      const generation = await suite
        .harnessFor(server)
        .generate(requestFor("sim/thinker"), await itemContext());
      expect(generation).toMatchObject({ text: ADD_ANSWER, thinking: ADD_THINKING });
    });

    it("types an error inside the stream as stream_error with the server's message, retryable", async () => {
      const failure = await run({ faults: { streamError: { afterChunks: 3, message: "runner crashed" } } });
      expect(failure).toMatchObject({ type: "stream_error", retryable: true });
      expect(failure.message).toContain("runner crashed");
    });

    it("types data that is not JSON as invalid_response, not retryable, instead of skipping it", async () => {
      const failure = await run({ faults: { malformedLine: { afterChunks: 2 } } });
      expect(failure).toMatchObject({ type: "invalid_response", retryable: false });
    });

    it("types a full queue as server_busy (503), retryable, and an aborted item as AbortError", async () => {
      const server = await sim({ numParallel: 1, maxQueue: 0, faults: { stallAfterChunks: 0 } });
      const busy = suite.harnessFor(server);
      const holder = new AbortController();
      const first = busy
        .generate(requestFor("sim/oracle"), await itemContext({ signal: holder.signal }))
        .catch((error: unknown) => error);
      await vi.waitUntil(() => server.stats().inFlight === 1);
      const failure = await failureOf(busy.generate(requestFor("sim/oracle"), await itemContext()));
      expect(failure).toMatchObject({ type: "server_busy", status: 503, retryable: true });
      holder.abort();
      expect(await first).toMatchObject({ name: "AbortError" });
    });

    it("waits for a free slot when the server runs fewer requests at once than benchloop sends", async () => {
      const parallel = suite.harnessFor(await sim({ numParallel: 2 }));
      const texts = await Promise.all(
        Array.from(
          { length: 4 },
          async () => (await parallel.generate(requestFor("sim/oracle"), await itemContext())).text,
        ),
      );
      expect(texts).toEqual(Array(4).fill(ADD_ANSWER));
    });

    it("types an item deadline (a TimeoutError abort) as timeout, not retried", async () => {
      const server = await sim({ faults: { stallAfterChunks: 1 } });
      const ctx = await itemContext({ signal: AbortSignal.timeout(150) });
      const failure = await failureOf(suite.harnessFor(server).generate(requestFor("sim/oracle"), ctx));
      expect(failure).toMatchObject({ type: "timeout", retryable: false });
    });
  });
}

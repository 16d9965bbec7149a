import { type SimServer, startSim } from "@benchloop/ollama-sim";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { createMeteringProxy, type MeteringProxy } from "./metering-proxy.js";
import { ADD_ANSWER, ADD_PROMPT, agentAnswerBook, FILE_PROMPT } from "./testing/index.js";

let sim: SimServer;
let proxy: MeteringProxy;

beforeAll(async () => {
  sim = await startSim({
    latencyScale: 0,
    seed: 3,
    answers: agentAnswerBook("write", { filePath: "a.ts", content: "x" }),
  });
  proxy = await createMeteringProxy({ upstream: sim.url });
});

beforeEach(() => proxy.reset());

afterAll(async () => {
  await proxy.close();
  await sim.close();
});

const post = (path: string, body: unknown) =>
  fetch(`${proxy.url}${path}`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify(body),
  });

const TOOLS = [{ type: "function", function: { name: "write", parameters: { type: "object" } } }];

describe("createMeteringProxy", () => {
  it("passes an Ollama NDJSON stream through unchanged and records its tokens and server durations", async () => {
    const answer = await post("/api/chat", {
      model: "sim/oracle",
      messages: [{ role: "user", content: ADD_PROMPT }],
    });
    const body = await answer.text();
    const lines = body
      .trim()
      .split("\n")
      .map((line) => JSON.parse(line) as Record<string, unknown>);
    const text = lines.map((line) => (line.message as { content: string }).content).join("");
    expect(text).toBe(ADD_ANSWER);
    const final = lines.at(-1)!;
    const [record] = proxy.records();
    expect(record).toMatchObject({
      route: "/api/chat",
      api: "ollama",
      generation: true,
      model: "sim/oracle",
      status: 200,
      stream: true,
      promptTokens: final.prompt_eval_count,
      completionTokens: final.eval_count,
      toolCalls: 0,
    });
    expect(record?.server?.evalMs).toBeCloseTo((final.eval_duration as number) / 1e6);
    expect(record?.ttftMs).toBeGreaterThanOrEqual(0);
    expect(record?.durationMs).toBeGreaterThanOrEqual(record?.ttftMs ?? 0);
  });

  it("records OpenAI chat usage from the include_usage chunk and counts streamed tool calls", async () => {
    const answer = await post("/v1/chat/completions", {
      model: "sim/oracle",
      stream: true,
      stream_options: { include_usage: true },
      tools: TOOLS,
      messages: [{ role: "user", content: FILE_PROMPT }],
    });
    const body = await answer.text();
    expect(body).toContain("data: [DONE]");
    const [record] = proxy.records();
    expect(record).toMatchObject({
      api: "openai-chat",
      stream: true,
      status: 200,
      toolCalls: 1,
      toolNames: ["write"],
    });
    expect(record?.promptTokens).toBeGreaterThan(0);
    expect(record?.completionTokens).toBeGreaterThan(0);
  });

  it("records usage and function calls of the Responses API, streamed and not", async () => {
    await (await post("/v1/responses", { model: "sim/oracle", input: ADD_PROMPT })).json();
    const streamed = await post("/v1/responses", {
      model: "sim/oracle",
      stream: true,
      input: FILE_PROMPT,
      tools: [{ type: "function", name: "write", parameters: { type: "object" } }],
    });
    expect(await streamed.text()).toContain("response.completed");
    const [plain, stream] = proxy.records();
    expect(plain).toMatchObject({ api: "openai-responses", stream: false, toolCalls: 0 });
    expect(plain?.completionTokens).toBeGreaterThan(0);
    expect(stream).toMatchObject({
      api: "openai-responses",
      stream: true,
      toolCalls: 1,
      toolNames: ["write"],
    });
    expect(stream?.promptTokens).toBeGreaterThan(0);
  });

  it("keeps the error body of a refused request (a model without tools)", async () => {
    const answer = await post("/api/chat", {
      model: "sim/no-tools",
      tools: TOOLS,
      messages: [{ role: "user", content: ADD_PROMPT }],
    });
    expect(answer.status).toBe(400);
    const [record] = proxy.records();
    expect(record?.status).toBe(400);
    expect(record?.errorText).toContain("does not support tools");
  });

  it("forwards listing routes without counting them as generations", async () => {
    const models = (await (await fetch(`${proxy.url}/v1/models`)).json()) as { data: unknown[] };
    expect(models.data.length).toBeGreaterThan(0);
    expect(proxy.records()).toMatchObject([{ route: "/v1/models", generation: false, status: 200 }]);
  });

  it("answers HTTP 502 and records the error code when the server is not reachable", async () => {
    const closed = await startSim({ latencyScale: 0 });
    const url = closed.url;
    await closed.close();
    const lonely = await createMeteringProxy({ upstream: url });
    try {
      const answer = await fetch(`${lonely.url}/api/chat`, { method: "POST", body: "{}" });
      expect(answer.status).toBe(502);
      expect(lonely.records()).toMatchObject([{ status: 0, upstreamError: "ECONNREFUSED" }]);
    } finally {
      await lonely.close();
    }
  });
});

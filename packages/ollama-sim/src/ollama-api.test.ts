import { type ChatResponse, Ollama } from "ollama";
import { afterEach, describe, expect, it } from "vitest";
import { type AnswerBookEntry, SIM_MODELS, type SimOptions, type SimServer, startSim } from "./index.js";
import { countTokens } from "./tokenizer.js";

const ADD: AnswerBookEntry = {
  prompt: "Write a TypeScript function add(a, b) that returns the sum.",
  answer: "export function add(a: number, b: number): number {\n  return a + b;\n}\n",
};
const WRITE: AnswerBookEntry = {
  prompt: "Create hello.txt containing hi",
  answer: "I created hello.txt with the text hi.",
  toolCall: { name: "write", arguments: { filePath: "hello.txt", content: "hi" } },
};
const WRITE_TOOL = {
  type: "function",
  function: {
    name: "write",
    description: "Write a file",
    parameters: { type: "object", properties: { filePath: { type: "string" }, content: { type: "string" } } },
  },
};

const sims: SimServer[] = [];
afterEach(async () => {
  await Promise.all(sims.splice(0).map((sim) => sim.close()));
});
async function start(options: SimOptions = {}) {
  const sim = await startSim({ latencyScale: 0, answers: [ADD, WRITE], ...options });
  sims.push(sim);
  return { sim, ollama: new Ollama({ host: sim.url }) };
}

describe("discovery endpoints", () => {
  it("answers GET / with Ollama's banner and /api/version with a version", async () => {
    const { sim, ollama } = await start();
    const banner = await fetch(`${sim.url}/`);
    expect(banner.status).toBe(200);
    expect(await banner.text()).toBe("Ollama is running");
    expect(banner.headers.get("x-benchloop-simulator")).toBe("1");
    expect((await ollama.version()).version).toMatch(/^\d+\.\d+\.\d+$/);
  });

  it("lists every catalog model with digest, size and details in /api/tags", async () => {
    const { ollama } = await start();
    const { models } = await ollama.list();
    expect(models.map((model) => model.name)).toEqual(SIM_MODELS.map((model) => model.name));
    for (const model of models) {
      expect(model.model).toBe(model.name);
      expect(model.digest).toMatch(/^[0-9a-f]{64}$/);
      expect(model.size).toBeGreaterThan(1e9);
      expect(new Date(model.modified_at).getTime()).not.toBeNaN();
      expect(model.details).toMatchObject({ format: "gguf", families: [model.details.family] });
      expect(model.details.parameter_size).toMatch(/^\d+(\.\d+)?B$/);
      expect(model.details.quantization_level).toMatch(/^Q\d/);
    }
  });

  it("shows parameters, template, context length and capabilities in /api/show", async () => {
    const { ollama } = await start();
    const shown = await ollama.show({ model: "sim/thinker" });
    const info = shown.model_info as unknown as Record<string, unknown>;
    expect(info["general.architecture"]).toBe("qwen3");
    expect(info["qwen3.context_length"]).toBe(40_960);
    expect(shown.capabilities).toEqual(["completion", "tools", "thinking"]);
    expect(shown.modelfile).toContain("FROM ");
    expect(shown.template).toContain("{{");
    expect(shown.parameters).toContain("stop");
    expect(shown.details.family).toBe("qwen3");
    expect((await ollama.show({ model: "sim/no-tools:latest" })).capabilities).toEqual(["completion"]);
  });

  it("answers /api/show for an unknown model with 404", async () => {
    const { ollama } = await start();
    await expect(ollama.show({ model: "nope" })).rejects.toMatchObject({
      status_code: 404,
      error: "model 'nope' not found",
    });
  });
});

describe("/api/pull", () => {
  it("streams progress ending in success for a catalog model", async () => {
    const { ollama } = await start();
    const statuses: string[] = [];
    for await (const progress of await ollama.pull({ model: "sim/oracle", stream: true }))
      statuses.push(progress.status);
    expect(statuses[0]).toBe("pulling manifest");
    expect(statuses.at(-1)).toBe("success");
    expect(await ollama.pull({ model: "sim/oracle" })).toEqual({ status: "success" });
  });

  it("fails for an unknown model: an in-stream error when streaming, HTTP 404 otherwise", async () => {
    const { ollama } = await start();
    const pulling = async () => {
      for await (const _ of await ollama.pull({ model: "library/missing:7b", stream: true })) {
        // drain
      }
    };
    await expect(pulling()).rejects.toThrow("pull model manifest: file does not exist");
    await expect(ollama.pull({ model: "missing:7b" })).rejects.toMatchObject({
      status_code: 404,
      error: "pull model manifest: file does not exist",
    });
  });
});

describe("/api/generate", () => {
  it("answers without streaming with the reference answer and timings in nanoseconds", async () => {
    const { ollama } = await start();
    const response = await ollama.generate({ model: "sim/oracle", prompt: ADD.prompt });
    expect(response.response).toBe(ADD.answer);
    expect(response.done).toBe(true);
    expect(response.done_reason).toBe("stop");
    expect(response.eval_count).toBe(countTokens(ADD.answer));
    expect(response.prompt_eval_count).toBeGreaterThan(countTokens(ADD.prompt));
    expect(response.context.length).toBeGreaterThan(0);
    const oracle = SIM_MODELS.find((model) => model.name === "sim/oracle:latest")!;
    // first request loads the model: load time in ns within the jitter of the catalog's loadMs
    expect(response.load_duration).toBeGreaterThan(oracle.latency.loadMs * 0.9 * 1e6);
    expect(response.load_duration).toBeLessThan(oracle.latency.loadMs * 1.1 * 1e6);
    const decodeRate = response.eval_count / (response.eval_duration / 1e9);
    expect(decodeRate).toBeCloseTo(oracle.latency.decodeTokensPerSecond, -1);
    const parts = response.load_duration + response.prompt_eval_duration + response.eval_duration;
    expect(response.total_duration).toBeGreaterThan(parts);
    expect(Number.isInteger(response.total_duration)).toBe(true);
    const again = await ollama.generate({ model: "sim/oracle", prompt: ADD.prompt });
    expect(again.load_duration).toBeLessThan(10e6);
  });

  it("streams one token per chunk, then a final chunk with the statistics", async () => {
    const { ollama } = await start();
    const chunks = [];
    for await (const chunk of await ollama.generate({
      model: "sim/oracle",
      prompt: ADD.prompt,
      stream: true,
    })) {
      chunks.push(chunk);
    }
    const final = chunks.at(-1)!;
    expect(chunks.map((chunk) => chunk.response).join("")).toBe(ADD.answer);
    expect(chunks.length).toBe(final.eval_count + 1);
    expect(final).toMatchObject({ done: true, done_reason: "stop", response: "" });
    expect(final.total_duration).toBeGreaterThan(0);
    expect(chunks.slice(0, -1).every((chunk) => chunk.done === false)).toBe(true);
  });

  it("streams by default when the request does not say", async () => {
    const { sim } = await start();
    const response = await fetch(`${sim.url}/api/generate`, {
      method: "POST",
      body: JSON.stringify({ model: "sim/oracle", prompt: ADD.prompt }),
    });
    expect(response.headers.get("content-type")).toBe("application/x-ndjson");
    const lines = (await response.text()).trim().split("\n");
    expect(lines.length).toBe(countTokens(ADD.answer) + 1);
  });

  it("answers a model it does not have with 404 and Ollama's message", async () => {
    const { ollama } = await start();
    await expect(ollama.generate({ model: "llama3.2", prompt: "hi" })).rejects.toMatchObject({
      status_code: 404,
      error: 'model "llama3.2" not found, try pulling it first',
    });
    await expect(
      ollama.chat({ model: "x", messages: [{ role: "user", content: "hi" }] }),
    ).rejects.toMatchObject({
      status_code: 404,
      error: 'model "x" not found, try pulling it first',
    });
  });

  it("gives a deterministic generic answer when the answer book has no entry", async () => {
    const { ollama } = await start();
    const first = await ollama.generate({ model: "sim/oracle", prompt: "Explain recursion" });
    const second = await ollama.generate({
      model: "sim/oracle",
      prompt: "Explain recursion",
      options: { temperature: 1 },
    });
    expect(first.response).toContain("Explain recursion");
    expect(second.response).toBe(first.response);
  });
});

describe("/api/chat", () => {
  it("answers the last user message without streaming and while streaming", async () => {
    const { ollama } = await start();
    const messages = [
      { role: "system", content: "You write code." },
      { role: "user", content: ADD.prompt },
    ];
    const whole = await ollama.chat({ model: "sim/oracle", messages });
    expect(whole.message).toEqual({ role: "assistant", content: ADD.answer });
    expect(whole.done_reason).toBe("stop");
    let streamed = "";
    let final: ChatResponse | undefined;
    for await (const chunk of await ollama.chat({ model: "sim/oracle", messages, stream: true })) {
      streamed += chunk.message.content;
      final = chunk;
    }
    expect(streamed).toBe(ADD.answer);
    expect(final).toMatchObject({
      done: true,
      eval_count: whole.eval_count,
      prompt_eval_count: whole.prompt_eval_count,
    });
  });

  it("calls the tool of the answer book first, then answers after the tool result", async () => {
    const { ollama } = await start();
    const first = await ollama.chat({
      model: "sim/oracle",
      messages: [{ role: "user", content: WRITE.prompt }],
      tools: [WRITE_TOOL],
    });
    expect(first.message.content).toBe("");
    expect(first.message.tool_calls).toMatchObject([
      { function: { name: "write", arguments: { filePath: "hello.txt", content: "hi" } } },
    ]);
    const second = await ollama.chat({
      model: "sim/oracle",
      messages: [
        { role: "user", content: WRITE.prompt },
        first.message,
        { role: "tool", content: "wrote 2 bytes", tool_name: "write" },
      ],
      tools: [WRITE_TOOL],
    });
    expect(second.message.content).toBe(WRITE.answer);
    expect(second.message.tool_calls).toBeUndefined();
  });

  it("streams a tool call as one chunk", async () => {
    const { ollama } = await start();
    const calls = [];
    for await (const chunk of await ollama.chat({
      model: "sim/thinker",
      think: false,
      messages: [{ role: "user", content: WRITE.prompt }],
      tools: [WRITE_TOOL],
      stream: true,
    })) {
      calls.push(...(chunk.message.tool_calls ?? []));
    }
    expect(calls).toHaveLength(1);
    expect(calls[0]?.function.name).toBe("write");
  });

  it("refuses tools for a model without tool support with Ollama's 400", async () => {
    const { ollama } = await start();
    await expect(
      ollama.chat({
        model: "sim/no-tools",
        messages: [{ role: "user", content: "hi" }],
        tools: [WRITE_TOOL],
      }),
    ).rejects.toMatchObject({
      status_code: 400,
      error: "registry.ollama.ai/sim/no-tools:latest does not support tools",
    });
  });
});

describe("thinking", () => {
  it("think: true streams thinking apart from the answer", async () => {
    const { ollama } = await start();
    let thinking = "";
    let content = "";
    let final: ChatResponse | undefined;
    for await (const chunk of await ollama.chat({
      model: "sim/thinker",
      think: true,
      messages: [{ role: "user", content: ADD.prompt }],
      stream: true,
    })) {
      thinking += chunk.message.thinking ?? "";
      content += chunk.message.content;
      final = chunk;
    }
    expect(countTokens(thinking)).toBeGreaterThan(100);
    expect(content).toBe(ADD.answer);
    expect(final?.eval_count).toBe(countTokens(thinking) + countTokens(content));
  });

  it("think: false leaves thinking out; generate reports it as a separate field", async () => {
    const { ollama } = await start();
    const plain = await ollama.chat({
      model: "sim/thinker",
      think: false,
      messages: [{ role: "user", content: ADD.prompt }],
    });
    expect(plain.message.thinking).toBeUndefined();
    expect(plain.message.content).toBe(ADD.answer);
    const generated = await ollama.generate({ model: "sim/thinker", think: true, prompt: ADD.prompt });
    expect(generated.thinking?.length).toBeGreaterThan(100);
    expect(generated.response).toBe(ADD.answer);
  });

  it("refuses think: true for a model that does not think", async () => {
    const { ollama } = await start();
    await expect(ollama.generate({ model: "sim/oracle", think: true, prompt: "hi" })).rejects.toMatchObject({
      status_code: 400,
      error: '"sim/oracle" does not support thinking',
    });
  });
});

describe("format", () => {
  it("a JSON schema makes the answer valid JSON that fits it", async () => {
    const { ollama } = await start();
    const format = {
      type: "object",
      properties: { code: { type: "string" }, lines: { type: "integer" }, tested: { type: "boolean" } },
      required: ["code", "lines", "tested"],
    };
    const response = await ollama.generate({ model: "sim/oracle", prompt: ADD.prompt, format });
    expect(JSON.parse(response.response ?? "")).toEqual({ code: ADD.answer, lines: 0, tested: true });
  });

  it('"json" makes even a refusal a JSON object', async () => {
    const { ollama } = await start();
    const response = await ollama.chat({
      model: "sim/prose",
      format: "json",
      messages: [{ role: "user", content: ADD.prompt }],
    });
    expect(JSON.parse(response.message.content)).toHaveProperty("response");
  });
});

describe("options", () => {
  it("num_predict truncates the answer with done_reason length", async () => {
    const { ollama } = await start();
    const response = await ollama.generate({
      model: "sim/oracle",
      prompt: ADD.prompt,
      options: { num_predict: 5 },
    });
    expect(response.eval_count).toBe(5);
    expect(response.done_reason).toBe("length");
    expect(ADD.answer.startsWith(response.response ?? "")).toBe(true);
    expect(response.response?.length).toBeLessThan(ADD.answer.length);
  });

  it("num_ctx below the prompt size truncates the prompt count and reloads the model at that size", async () => {
    const { sim, ollama } = await start();
    await ollama.generate({ model: "sim/oracle", prompt: ADD.prompt });
    const longPrompt = `${"lorem ipsum dolor sit amet ".repeat(60)}${ADD.prompt}`;
    const response = await ollama.generate({
      model: "sim/oracle",
      prompt: longPrompt,
      options: { num_ctx: 64 },
    });
    expect(response.prompt_eval_count).toBe(64);
    expect(response.response).toBe(ADD.answer);
    expect(response.load_duration).toBeGreaterThan(1e9);
    const running = await ollama.ps();
    expect(running.models[0]).toMatchObject({ name: "sim/oracle:latest", context_length: 64 });
    expect(sim.stats().loads).toBe(2);
  });

  it("seed and temperature: the same seed repeats a sampled answer and its timings", async () => {
    const { ollama } = await start();
    const ask = (seed: number) =>
      ollama.generate({
        model: "sim/sloppy",
        prompt: "What is the answer?",
        options: { temperature: 0.9, seed },
      });
    const [a, b] = [await ask(7), await ask(7)];
    expect(b.response).toBe(a.response);
    expect(b.eval_duration).toBe(a.eval_duration);
    expect(b.prompt_eval_duration).toBe(a.prompt_eval_duration);
    const answers = new Set<string>();
    for (let seed = 0; seed < 12; seed++) answers.add((await ask(seed)).response ?? "");
    expect(answers.size).toBeGreaterThan(1);
  });

  it("timings are the same for the same simulator seed and differ for another", async () => {
    const measure = async (seed: number) => {
      const { ollama } = await start({ seed });
      const response = await ollama.generate({ model: "sim/oracle", prompt: ADD.prompt });
      return [
        response.load_duration,
        response.prompt_eval_duration,
        response.eval_duration,
        response.total_duration,
      ];
    };
    expect(await measure(1)).toEqual(await measure(1));
    expect(await measure(2)).not.toEqual(await measure(1));
  });
});

describe("loading and /api/ps", () => {
  it("lists loaded models with size, size_vram, expiry and context length", async () => {
    const { ollama } = await start();
    expect((await ollama.ps()).models).toEqual([]);
    await ollama.generate({ model: "sim/oracle", prompt: ADD.prompt, keep_alive: "10m" });
    const [running] = (await ollama.ps()).models;
    expect(running).toMatchObject({
      name: "sim/oracle:latest",
      model: "sim/oracle:latest",
      context_length: 4096,
    });
    expect(running?.size_vram).toBe(running?.size);
    expect(running?.digest).toMatch(/^[0-9a-f]{64}$/);
    const expiresIn = new Date(running!.expires_at).getTime() - Date.now();
    expect(expiresIn).toBeGreaterThan(9 * 60_000);
    expect(expiresIn).toBeLessThanOrEqual(10 * 60_000);
  });

  it("keep_alive: 0 unloads the model after the request", async () => {
    const { ollama } = await start();
    await ollama.chat({ model: "sim/oracle", messages: [{ role: "user", content: "hi" }], keep_alive: 0 });
    expect((await ollama.ps()).models).toEqual([]);
  });

  it("an empty prompt only loads the model, and with keep_alive 0 unloads it", async () => {
    const { sim, ollama } = await start();
    const loaded = await ollama.generate({ model: "sim/thinker", prompt: "" });
    expect(loaded).toMatchObject({ response: "", done: true, done_reason: "load" });
    expect((await ollama.ps()).models.map((model) => model.name)).toEqual(["sim/thinker:latest"]);
    const unloaded = await ollama.generate({ model: "sim/thinker", prompt: "", keep_alive: 0 });
    expect(unloaded.done_reason).toBe("unload");
    expect((await ollama.ps()).models).toEqual([]);
    const viaChat = await ollama.chat({ model: "sim/oracle", messages: [] });
    expect(viaChat).toMatchObject({ message: { role: "assistant", content: "" }, done_reason: "load" });
    expect(sim.stats().loads).toBe(2);
  });

  it("counts requests per route", async () => {
    const { sim, ollama } = await start();
    await ollama.list();
    await ollama.list();
    await ollama.generate({ model: "sim/oracle", prompt: "hi" });
    expect(sim.stats()).toMatchObject({
      requests: 3,
      byRoute: { "GET /api/tags": 2, "POST /api/generate": 1 },
      loads: 1,
      maxInFlight: 1,
    });
  });
});

import { type AbortableAsyncIterator, type GenerateResponse, Ollama } from "ollama";
import OpenAI from "openai";
import { afterEach, describe, expect, it, vi } from "vitest";
import { type AnswerBookEntry, type SimOptions, type SimServer, startSim } from "./index.js";
import { splitTokens } from "./tokenizer.js";

const ADD: AnswerBookEntry = {
  prompt: "Write a TypeScript function add(a, b) that returns the sum.",
  answer: "export function add(a: number, b: number): number {\n  return a + b;\n}\n",
};

const sims: SimServer[] = [];
afterEach(async () => {
  vi.restoreAllMocks();
  await Promise.all(sims.splice(0).map((sim) => sim.close()));
});
async function start(options: SimOptions = {}) {
  const sim = await startSim({ latencyScale: 0, answers: [ADD], ...options });
  sims.push(sim);
  return {
    sim,
    ollama: new Ollama({ host: sim.url }),
    openai: new OpenAI({ baseURL: `${sim.url}/v1`, apiKey: "ollama", maxRetries: 0 }),
  };
}
const streamAdd = (ollama: Ollama, model = "sim/oracle") =>
  ollama.generate({ model, prompt: ADD.prompt, stream: true });
async function collect(stream: AbortableAsyncIterator<GenerateResponse>): Promise<string> {
  let text = "";
  for await (const chunk of stream) text += chunk.response;
  return text;
}

describe("refuseConnections", () => {
  it("on the simulator: every connection is closed before anything is answered", async () => {
    const { sim, ollama } = await start({ faults: { refuseConnections: true } });
    await expect(ollama.list()).rejects.toThrow("fetch failed");
    sim.setFaults({});
    expect((await ollama.list()).models.length).toBeGreaterThan(0);
  });

  it("on a model: requests naming it are dropped while others are answered", async () => {
    const { ollama } = await start({ modelFaults: { "sim/oracle": { refuseConnections: true } } });
    await expect(ollama.generate({ model: "sim/oracle", prompt: ADD.prompt })).rejects.toThrow(
      "fetch failed",
    );
    expect((await ollama.generate({ model: "sim/no-tools", prompt: ADD.prompt })).response).toBe(ADD.answer);
    expect((await ollama.list()).models.length).toBeGreaterThan(0);
  });
});

describe("stallAfterChunks", () => {
  it("stops the stream after N chunks and keeps it open until the client gives up, freeing the slot", async () => {
    const { sim, ollama } = await start({ numParallel: 1, faults: { stallAfterChunks: 3 } });
    const stream = await streamAdd(ollama);
    const iterator = stream[Symbol.asyncIterator]();
    const received = [await iterator.next(), await iterator.next(), await iterator.next()];
    expect(received.map((result) => result.value?.response).join("")).toBe(
      splitTokens(ADD.answer).slice(0, 3).join(""),
    );
    const pending = iterator.next();
    expect(sim.stats().inFlight).toBe(1);
    stream.abort();
    await expect(pending).rejects.toThrow(/abort/i);
    sim.setFaults({});
    // the only slot was released when the client went away, so this one is answered
    expect((await ollama.generate({ model: "sim/oracle", prompt: ADD.prompt })).response).toBe(ADD.answer);
  });

  it("holds a non-streaming answer back entirely", async () => {
    const { sim } = await start({ faults: { stallAfterChunks: 0 } });
    const response = fetch(`${sim.url}/api/generate`, {
      method: "POST",
      body: JSON.stringify({ model: "sim/oracle", prompt: ADD.prompt, stream: false }),
      signal: AbortSignal.timeout(300),
    });
    await expect(response).rejects.toThrow(/aborted|timeout/i);
  });

  it("does not keep close() waiting", async () => {
    const { sim, ollama } = await start({ faults: { stallAfterChunks: 1 } });
    const stream = await streamAdd(ollama);
    const reading = collect(stream);
    await sim.close();
    await expect(reading).rejects.toThrow();
  });
});

describe("splitLines", () => {
  it("delivers NDJSON lines in pieces that the ollama client still parses", async () => {
    const { sim, ollama } = await start({ faults: { splitLines: true } });
    const response = await fetch(`${sim.url}/api/generate`, {
      method: "POST",
      body: JSON.stringify({ model: "sim/oracle", prompt: ADD.prompt }),
    });
    const pieces: string[] = [];
    const decoder = new TextDecoder();
    for await (const piece of response.body!) pieces.push(decoder.decode(piece, { stream: true }));
    expect(pieces.some((piece) => !piece.endsWith("\n"))).toBe(true);
    const lines = pieces.join("").trim().split("\n");
    expect(lines.map((line) => JSON.parse(line).response).join("")).toBe(ADD.answer);
    expect(await collect(await streamAdd(ollama))).toBe(ADD.answer);
  });

  it("delivers SSE events in pieces that the openai client still parses", async () => {
    const { openai } = await start({ faults: { splitLines: true } });
    const stream = await openai.chat.completions.create({
      model: "sim/oracle",
      messages: [{ role: "user", content: ADD.prompt }],
      stream: true,
    });
    let text = "";
    for await (const chunk of stream) text += chunk.choices[0]?.delta.content ?? "";
    expect(text).toBe(ADD.answer);
    const whole = await openai.chat.completions.create({
      model: "sim/oracle",
      messages: [{ role: "user", content: ADD.prompt }],
    });
    expect(whole.choices[0]?.message.content).toBe(ADD.answer);
  });
});

describe("streamError", () => {
  it("sends an error inside the NDJSON stream, which the ollama client throws", async () => {
    const { ollama } = await start({
      faults: { streamError: { afterChunks: 2, message: "CUDA error: out of memory" } },
    });
    await expect(collect(await streamAdd(ollama))).rejects.toThrow("CUDA error: out of memory");
    await expect(ollama.generate({ model: "sim/oracle", prompt: ADD.prompt })).rejects.toMatchObject({
      status_code: 500,
      error: "CUDA error: out of memory",
    });
  });

  it("sends an error inside the SSE streams, which the openai client surfaces", async () => {
    const { openai } = await start({ modelFaults: { "sim/oracle": { streamError: { afterChunks: 1 } } } });
    const chat = await openai.chat.completions.create({
      model: "sim/oracle",
      messages: [{ role: "user", content: ADD.prompt }],
      stream: true,
    });
    const drain = async () => {
      for await (const _ of chat) {
        // drain
      }
    };
    await expect(drain()).rejects.toThrow("an error was encountered while running the model: unexpected EOF");
    const events = await openai.responses.create({ model: "sim/oracle", input: ADD.prompt, stream: true });
    const types: string[] = [];
    for await (const event of events) {
      types.push(event.type);
      if (event.type === "error") expect(event.message).toContain("unexpected EOF");
    }
    expect(types.at(-1)).toBe("error");
  });
});

describe("malformedLine", () => {
  it("sends one line that is not JSON; the ollama client skips it and completes", async () => {
    const warn = vi.spyOn(console, "warn").mockImplementation(() => undefined);
    const { ollama } = await start({ faults: { malformedLine: { afterChunks: 2 } } });
    expect(await collect(await streamAdd(ollama))).toBe(ADD.answer);
    expect(warn).toHaveBeenCalledWith("invalid json: ", '{"model":"sim","created_at":');
  });
});

describe("maxQueue", () => {
  it("refuses a request beyond a full queue with 503 and Ollama's message, and serves the queued one later", async () => {
    const { sim, ollama } = await start({ numParallel: 1, maxQueue: 1, faults: { stallAfterChunks: 1 } });
    const running = await streamAdd(ollama);
    await running[Symbol.asyncIterator]().next();
    const ask = () =>
      ollama.generate({ model: "sim/oracle", prompt: ADD.prompt }).then((value) => ({ value }));
    const [second, third] = [ask(), ask()];
    const rejected = await Promise.race(
      [second, third].map((request) => request.catch((error) => ({ error }))),
    );
    expect(rejected).toMatchObject({
      error: { status_code: 503, error: "server busy, please try again.  maximum pending requests exceeded" },
    });
    sim.setFaults({});
    running.abort();
    const served = await Promise.any([second, third]);
    expect(served.value.response).toBe(ADD.answer);
    expect(sim.stats()).toMatchObject({ maxInFlight: 1, queued: 0 });
  });
});

describe("numParallel", () => {
  it("runs at most N generations at once and lets the others wait for a slot", async () => {
    const { sim, ollama } = await start({ numParallel: 2, faults: { stallAfterChunks: 1 } });
    const admitted: Array<AbortableAsyncIterator<GenerateResponse>> = [];
    let notify = () => {};
    const admittedCount = (count: number) =>
      new Promise<void>((resolve) => {
        notify = () => {
          if (admitted.length >= count) resolve();
        };
        notify();
      });
    for (let index = 0; index < 3; index++) {
      void streamAdd(ollama).then((stream) => {
        admitted.push(stream);
        notify();
      });
    }
    await admittedCount(2);
    expect(sim.stats()).toMatchObject({ inFlight: 2, maxInFlight: 2 });
    admitted[0]?.abort();
    await admittedCount(3);
    expect(sim.stats().maxInFlight).toBe(2);
    for (const stream of admitted) stream.abort();
  });
});

describe("latency", () => {
  // Lower bounds only: a slow machine can take longer, never shorter.
  it("fixedLatencyMs: a generation takes at least the fixed latency", async () => {
    const { ollama } = await start({ fixedLatencyMs: 150 });
    const started = performance.now();
    await ollama.generate({ model: "sim/oracle", prompt: ADD.prompt });
    expect(performance.now() - started).toBeGreaterThanOrEqual(145);
  });

  it("latencyScale: real waiting follows the modelled durations scaled down", async () => {
    const { ollama } = await start({ latencyScale: 0.05 });
    const started = performance.now();
    const response = await ollama.generate({ model: "sim/oracle", prompt: ADD.prompt });
    const modelledMs =
      (response.load_duration + response.prompt_eval_duration + response.eval_duration) / 1e6;
    expect(performance.now() - started).toBeGreaterThanOrEqual(modelledMs * 0.05 - 5);
  });
});

import type { ChatResponse } from "ollama";
import { describe, expect, it } from "vitest";
import type { ChatOutcome } from "./chat-stream.js";
import { nsToMs, toGeneration } from "./to-generation.js";

function finalChunk(fields: Partial<ChatResponse>): ChatResponse {
  return {
    model: "m",
    created_at: new Date(0),
    message: { role: "assistant", content: "" },
    done: true,
    done_reason: "stop",
    total_duration: 2_500_000_000,
    load_duration: 1_000_000,
    prompt_eval_count: 20,
    prompt_eval_duration: 40_000_000,
    eval_count: 50,
    eval_duration: 1_250_000_000,
    ...fields,
  };
}

function outcome(fields: Partial<ChatOutcome>): ChatOutcome {
  return {
    text: "answer",
    thinking: "",
    thinkingChunks: 0,
    contentChunks: 50,
    toolCalls: 0,
    ttftMs: 12,
    final: finalChunk({}),
    ...fields,
  };
}

describe("toGeneration", () => {
  it("turns the server's nanosecond durations into milliseconds", () => {
    const generation = toGeneration({ outcome: outcome({}), wallMs: 2600, sent: {} });
    expect(generation.timing).toEqual({
      wallMs: 2600,
      ttftMs: 12,
      loadMs: 1,
      promptEvalMs: 40,
      evalMs: 1250,
      modelMs: 2500,
    });
    expect(generation.tokens).toEqual({ prompt: 20, completion: 50 });
    expect(generation.truncated).toBe(false);
    expect(generation.doneReason).toBe("stop");
  });

  it("keeps thinking apart from the answer and estimates its tokens from the streamed chunks", () => {
    const generation = toGeneration({
      outcome: outcome({
        thinking: "hmm",
        thinkingChunks: 30,
        contentChunks: 10,
        final: finalChunk({ eval_count: 40 }),
      }),
      wallMs: 1,
      sent: {},
    });
    expect(generation.thinking).toBe("hmm");
    expect(generation.text).toBe("answer");
    expect(generation.tokens).toEqual({ prompt: 20, completion: 40, reasoning: 30 });
    expect(generation.meta?.reasoningTokens).toBe("estimated from streamed chunks");
  });

  it("flags done_reason length as truncated", () => {
    const generation = toGeneration({
      outcome: outcome({ final: finalChunk({ done_reason: "length" }) }),
      wallMs: 1,
      sent: {},
    });
    expect(generation).toMatchObject({ truncated: true, doneReason: "length" });
  });

  it("flags a prompt that filled the context as truncated", () => {
    const generation = toGeneration({
      outcome: outcome({ final: finalChunk({ prompt_eval_count: 2048 }) }),
      wallMs: 1,
      contextLimit: 2048,
      sent: {},
    });
    expect(generation.truncated).toBe(true);
    expect(generation.meta).toMatchObject({ promptTruncated: true, contextLimit: 2048 });
  });

  it("records what was sent and the transcript path", () => {
    const sent = { options: { temperature: 0, seed: 42 }, keep_alive: "5m" };
    const generation = toGeneration({
      outcome: outcome({}),
      wallMs: 1,
      transcript: "artifacts/x/transcript.ndjson",
      sent,
    });
    expect(generation.meta?.sent).toEqual(sent);
    expect(generation.transcript).toBe("artifacts/x/transcript.ndjson");
  });

  it("leaves out timings and counts the server did not send", () => {
    const generation = toGeneration({
      outcome: outcome({ final: undefined, ttftMs: undefined }),
      wallMs: 5,
      sent: {},
    });
    expect(generation.timing).toEqual({ wallMs: 5 });
    expect(generation.tokens).toEqual({});
    expect(generation.doneReason).toBeUndefined();
  });
});

describe("nsToMs", () => {
  it("rounds to the microsecond and drops missing or zero durations", () => {
    expect(nsToMs(1_234_567)).toBe(1.235);
    expect(nsToMs(0)).toBeUndefined();
    expect(nsToMs(undefined)).toBeUndefined();
  });
});

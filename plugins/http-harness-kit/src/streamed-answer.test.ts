import { describe, expect, it } from "vitest";
import { createAnswerCollector, estimateReasoningTokens } from "./streamed-answer.js";

describe("createAnswerCollector", () => {
  it("keeps answer and thinking apart, counts their chunks and times the first text of either", () => {
    let now = 100;
    const collector = createAnswerCollector({ now: () => now, monotonic: () => now }, 40);
    collector.add("", "");
    now = 160;
    collector.add(undefined, "Let me ");
    collector.add(undefined, "think.");
    now = 200;
    collector.add("Four", undefined);
    collector.add(".", "");
    collector.addToolCalls(2);
    expect(collector.finish()).toEqual({
      text: "Four.",
      thinking: "Let me think.",
      thinkingChunks: 2,
      contentChunks: 2,
      toolCalls: 2,
      ttftMs: 120,
    });
  });

  it("has no TTFT when nothing was said", () => {
    expect(createAnswerCollector({ now: () => 0, monotonic: () => 0 }, 0).finish().ttftMs).toBeUndefined();
  });
});

describe("estimateReasoningTokens", () => {
  it("counts thinking chunks when the server sent no completion count", () => {
    expect(estimateReasoningTokens({ thinkingChunks: 7, contentChunks: 3 }, undefined)).toBe(7);
  });

  it("shares the completion count out by chunks", () => {
    expect(estimateReasoningTokens({ thinkingChunks: 30, contentChunks: 10 }, 80)).toBe(60);
  });

  it("is undefined when the model did not think", () => {
    expect(estimateReasoningTokens({ thinkingChunks: 0, contentChunks: 50 }, 50)).toBeUndefined();
  });
});

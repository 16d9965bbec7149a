import type { ModelResponse } from "ollama";
import { describe, expect, it } from "vitest";
import { readShowFacts, toModelInfo } from "./model-facts.js";

describe("readShowFacts", () => {
  it("reads the context length of the model's architecture, num_ctx and capabilities", () => {
    const facts = readShowFacts({
      model_info: { "general.architecture": "qwen3", "qwen3.context_length": 40960 } as never,
      parameters: 'num_ctx                        8192\nstop                           "<|im_end|>"',
      capabilities: ["completion", "tools", "thinking"],
    });
    expect(facts).toEqual({
      contextLength: 40960,
      numCtx: 8192,
      capabilities: ["completion", "tools", "thinking"],
    });
  });

  it("finds no num_ctx when the parameters set none", () => {
    expect(readShowFacts({ parameters: 'stop "x"' })).toEqual({});
  });
});

describe("toModelInfo", () => {
  it("keeps the digest, size, family, parameter size and quantization", () => {
    const entry = {
      name: "qwen3:8b",
      model: "qwen3:8b",
      size: 5_225_387_923,
      digest: "abc",
      details: { family: "qwen3", parameter_size: "8.2B", quantization_level: "Q4_K_M" },
    } as ModelResponse;
    expect(toModelInfo(entry, { contextLength: 40960, capabilities: ["completion"] }, false)).toEqual({
      name: "qwen3:8b",
      digest: "abc",
      family: "qwen3",
      parameterSize: "8.2B",
      quantization: "Q4_K_M",
      sizeBytes: 5_225_387_923,
      contextLength: 40960,
      capabilities: ["completion"],
    });
  });
});

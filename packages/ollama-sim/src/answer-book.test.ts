import { describe, expect, it } from "vitest";
import { createAnswerBook } from "./answer-book.js";

describe("createAnswerBook", () => {
  const book = createAnswerBook([
    { prompt: "Write add", answer: "short" },
    { prompt: "Write add(a, b) in TypeScript", answer: "long" },
    { prompt: "  Reverse a string  ", answer: "reverse" },
  ]);

  it("finds an entry by the exact trimmed prompt", () => {
    expect(book.find("Reverse a string")?.answer).toBe("reverse");
    expect(book.find("\n Write add \n")?.answer).toBe("short");
  });

  it("falls back to the longest entry prompt contained in the text", () => {
    expect(book.find("System: be brief.\nWrite add(a, b) in TypeScript, please")?.answer).toBe("long");
  });

  it("finds nothing for an unrelated or empty prompt", () => {
    expect(book.find("What is the capital of France?")).toBeUndefined();
    expect(book.find("   ")).toBeUndefined();
  });
});

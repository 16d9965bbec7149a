import { describe, expect, it } from "vitest";
import { fitsSchema, formatAnswerAsJson } from "./json-format.js";

describe("formatAnswerAsJson", () => {
  const schema = {
    type: "object",
    properties: {
      summary: { type: "string" },
      score: { type: "integer", minimum: 1 },
      tags: { type: "array", items: { type: "string" } },
      verdict: { type: "string", enum: ["pass", "fail"] },
      ok: { type: "boolean" },
    },
    required: ["summary", "score", "tags", "verdict", "ok"],
  };

  it("keeps an answer that already fits the schema", () => {
    const answer = '{"summary":"x","score":3,"tags":[],"verdict":"fail","ok":false}';
    expect(JSON.parse(formatAnswerAsJson(answer, schema))).toEqual(JSON.parse(answer));
  });

  it("builds a value that fits the schema around a prose answer", () => {
    const value = JSON.parse(formatAnswerAsJson("Plain words.", schema));
    expect(fitsSchema(value, schema)).toBe(true);
    expect(value.summary).toBe("Plain words.");
    expect(value.score).toBe(1);
    expect(value.verdict).toBe("pass");
  });

  it('answers "json" with an object, wrapping prose and unwrapping fenced JSON', () => {
    expect(JSON.parse(formatAnswerAsJson("hello", "json"))).toEqual({ response: "hello" });
    expect(JSON.parse(formatAnswerAsJson('Here:\n```json\n{"a": 1}\n```', "json"))).toEqual({ a: 1 });
  });
});

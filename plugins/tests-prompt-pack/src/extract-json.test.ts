import { describe, expect, it } from "vitest";
import { extractJson } from "./extract-json.js";

describe("extractJson", () => {
  it.each([
    ["the whole answer", '{"a": 1}', { value: { a: 1 }, location: "whole" }],
    ["the answer's only fence", '```json\n{"a": 1}\n```', { value: { a: 1 }, location: "fence-only" }],
    ["a fence with CRLF newlines", '```json\r\n{"a": 1}\r\n```', { value: { a: 1 }, location: "fence-only" }],
    [
      "a fence among prose",
      'Here you go:\n```\n{"a": 1}\n```\nDone.',
      { value: { a: 1 }, location: "fence" },
    ],
    [
      "a json fence before other fences",
      '```text\n{"b": 2}\n```\n```json\n{"a": 1}\n```',
      { value: { a: 1 }, location: "fence" },
    ],
    [
      "prose around an object",
      'The result is {"a": {"b": "}"}} as asked.',
      { value: { a: { b: "}" } }, location: "embedded" },
    ],
    [
      "an object after a brace that is not JSON",
      'Use {x} then {"a": 1}',
      { value: { a: 1 }, location: "embedded" },
    ],
    [
      "an object with escaped quotes",
      'x {"a": "say \\"hi\\" {"} y',
      { value: { a: 'say "hi" {' }, location: "embedded" },
    ],
  ])("finds JSON in %s", (_name, answer, expected) => {
    expect(extractJson(answer)).toEqual(expected);
  });

  it.each([
    ["prose", "No JSON here."],
    ["an unbalanced object", '{"a": [1, 2}'],
    ["a truncated object", '{"a": 1, "b": '],
    ["an array when objects are asked for", "[1, 2]"],
  ])("finds nothing in %s", (_name, answer) => {
    expect(extractJson(answer)).toBeUndefined();
  });

  it("finds arrays when asked for objects or arrays", () => {
    expect(extractJson("Items: [1, 2] end", "object-or-array")).toEqual({
      value: [1, 2],
      location: "embedded",
    });
  });

  it("stops scanning after a bounded number of candidates on brace-heavy answers", () => {
    const noise = "{".repeat(5000);
    expect(extractJson(`${noise} {"a": 1}`)).toBeUndefined();
  });
});

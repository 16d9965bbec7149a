import { readFile } from "node:fs/promises";
import { describe, expect, it } from "vitest";
import { parseGooseOutput } from "./goose-events.js";

// Fixtures written from goose's documented output format (see test/fixtures/README.md), not recorded.
const fixture = (name: string) => readFile(new URL(`../test/fixtures/${name}`, import.meta.url), "utf8");

describe("parseGooseOutput", () => {
  it("joins the assistant's streamed text and keeps goose's total tokens", async () => {
    const output = parseGooseOutput(await fixture("stream-answer.jsonl"));
    expect(output.text).toBe(
      "```ts\nexport function add(a: number, b: number): number {\n  return a + b;\n}\n```",
    );
    expect(output).toMatchObject({ toolCalls: 0, totalTokens: 4180 });
    expect(output.errors).toBeUndefined();
  });

  it("counts tool requests and ignores the user's tool responses", async () => {
    const output = parseGooseOutput(await fixture("stream-tool-call.jsonl"));
    expect(output).toMatchObject({
      text: "I wrote add.ts.",
      toolCalls: 1,
      toolNames: ["developer__text_editor"],
    });
  });

  it("keeps goose's error events", async () => {
    const output = parseGooseOutput(await fixture("stream-error.jsonl"));
    expect(output.text).toBe("");
    expect(output.errors?.[0]).toContain("does not support tools");
  });

  it("reads the one-object json output format", async () => {
    const output = parseGooseOutput(
      await fixture("json-answer.json").then((text) => JSON.stringify(JSON.parse(text))),
    );
    expect(output).toMatchObject({
      text: "export const add = (a: number, b: number) => a + b;",
      totalTokens: 4100,
    });
  });
});

import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import type { z } from "zod";
import { PromptPackConfigSchema } from "./config-schema.js";

function descriptions(shape: Record<string, z.ZodType>, prefix = ""): [string, string | undefined][] {
  return Object.entries(shape).map(([key, schema]) => [`${prefix}${key}`, schema.description]);
}

describe("PromptPackConfigSchema", () => {
  it("describes every field", () => {
    const pack = PromptPackConfigSchema.shape.packs.unwrap().element;
    const fields = [...descriptions(PromptPackConfigSchema.shape), ...descriptions(pack.shape, "packs[].")];
    expect(fields.filter(([, description]) => !description)).toEqual([]);
  });

  it("has every field in the README's options table", () => {
    const readme = readFileSync(new URL("../README.md", import.meta.url), "utf8");
    const pack = PromptPackConfigSchema.shape.packs.unwrap().element;
    const fields = [
      ...Object.keys(PromptPackConfigSchema.shape),
      ...Object.keys(pack.shape).map((k) => `packs[].${k}`),
    ];
    const rows = readme.split("\n").map((line) => /^\|\s*`([^`]+)`\s*\|/.exec(line)?.[1]);
    expect(fields.filter((field) => !rows.includes(field))).toEqual([]);
  });

  it("defaults to the built-in live pack only", () => {
    expect(PromptPackConfigSchema.parse({})).toEqual({ packs: [], includeBuiltin: true });
  });

  it("refuses unknown keys", () => {
    expect(PromptPackConfigSchema.safeParse({ pack: [] }).success).toBe(false);
    expect(PromptPackConfigSchema.safeParse({ packs: [{ file: "a.jsonl", prefix: "x" }] }).success).toBe(
      false,
    );
  });
});

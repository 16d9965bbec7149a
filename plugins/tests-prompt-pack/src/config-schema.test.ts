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

import { describe, expect, it } from "vitest";
import { ConfigSchema } from "../config/config-schema.js";
import { hashCanonical } from "./canonical-json.js";
import { createItemHasher, diffHashInputs } from "./item-hash.js";

const parts = {
  config: ConfigSchema.parse({ modelOverrides: { b: { sampling: { temperature: 0.3 } } } }),
  models: [
    { name: "a", harness: "h", digest: "sha256:a" },
    { name: "b", harness: "h" },
  ],
  harnesses: [{ id: "h", version: "1.2.3", config: { baseUrl: "http://x", nested: { z: 1, a: 2 } } }],
  tests: [{ id: "t", version: "1", contentHash: "c" }],
};

describe("createItemHasher", () => {
  it("hashes the canonical JSON of the item's inputs", () => {
    const hasher = createItemHasher(parts);
    for (const model of ["a", "b"]) {
      const item = { model, harness: "h", test: "t", passType: "informed" as const, repeat: 2 };
      expect(hasher.hash(item)).toBe(hashCanonical(hasher.inputs(item)));
    }
  });

  it("applies a model's sampling overrides to its inputs", () => {
    const hasher = createItemHasher(parts);
    expect(
      hasher.inputs({ model: "b", harness: "h", test: "t", passType: "blind", repeat: 1 }).sampling,
    ).toEqual({ temperature: 0.3, seed: 42 });
    expect(
      hasher.inputs({ model: "a", harness: "h", test: "t", passType: "blind", repeat: 1 }).model,
    ).toEqual({ name: "a", digest: "sha256:a" });
  });
});

describe("diffHashInputs", () => {
  it("lists changed leaves by dotted path, including added and removed ones", () => {
    expect(diffHashInputs({ a: 1, b: { c: 2, d: 3 } }, { a: 1, b: { c: 4 }, e: 5 })).toEqual([
      { path: "b.c", before: 2, after: 4 },
      { path: "b.d", before: 3, after: undefined },
      { path: "e", before: undefined, after: 5 },
    ]);
  });
});

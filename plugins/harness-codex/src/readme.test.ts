import { readFile } from "node:fs/promises";
import { describe, expect, it } from "vitest";
import { CodexHarnessConfigSchema } from "./config-schema.js";

describe("README", () => {
  it("documents every option with the schema's own description", async () => {
    const readme = await readFile(new URL("../README.md", import.meta.url), "utf8");
    const rows = new Map(
      [...readme.matchAll(/^\|\s*`(\w+)`\s*\|.*\|\s*([^|]+?)\s*\|$/gm)].map((match) => [
        match[1],
        match[2]?.trim(),
      ]),
    );
    for (const [option, field] of Object.entries(CodexHarnessConfigSchema.shape)) {
      expect(rows.get(option), option).toBe(field.description);
    }
  });
});

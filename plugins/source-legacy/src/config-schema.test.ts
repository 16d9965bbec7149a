import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { LegacySourceConfigSchema } from "./config-schema.js";
import { SKIP_REASON_DESCRIPTIONS, SKIP_REASONS } from "./skip-reason.js";

const README = readFileSync(new URL("../README.md", import.meta.url), "utf8");

/** The first cell of every table row, unquoted from its backticks. */
function firstCells(): (string | undefined)[] {
  return README.split("\n").map((line) => /^\|\s*`([^`]+)`\s*\|/.exec(line)?.[1]);
}

describe("LegacySourceConfigSchema", () => {
  it("describes every field", () => {
    const fields = Object.entries(LegacySourceConfigSchema.shape);
    expect(fields.filter(([, schema]) => !schema.description).map(([key]) => key)).toEqual([]);
  });

  it("has every field in the README's options table", () => {
    const rows = firstCells();
    expect(Object.keys(LegacySourceConfigSchema.shape).filter((field) => !rows.includes(field))).toEqual([]);
  });

  it("defaults to no roots, 30 files per root, 30 per language, no tests or scripts, and the understanding kinds", () => {
    expect(LegacySourceConfigSchema.parse({})).toMatchObject({
      roots: [],
      filesPerRoot: 30,
      maxPerLanguage: 30,
      includeAuxiliary: false,
      kinds: ["purpose", "predict", "callers", "mutation"],
      keepSnippets: false,
    });
  });

  it("builds the gameable syntax kinds only when asked", () => {
    // A regex script passes most structure/dependencies/summary cases (issue 17), so no default run
    // ships them; `kinds` still accepts them for users who want them.
    const parsed = LegacySourceConfigSchema.parse({ kinds: ["structure", "summary"] });
    expect(parsed.kinds).toEqual(["structure", "summary"]);
  });

  it("refuses unknown keys", () => {
    expect(LegacySourceConfigSchema.safeParse({ root: ["a"] }).success).toBe(false);
  });
});

describe("SKIP_REASONS", () => {
  it("are all in the README's table with their descriptions", () => {
    for (const reason of SKIP_REASONS) {
      const row = README.split("\n").find((line) => line.startsWith(`| \`${reason}\``));
      expect(row, reason).toBeDefined();
      const cell = row!.split("|")[2]!.trim().replace(/\\/g, "");
      expect(cell).toBe(SKIP_REASON_DESCRIPTIONS[reason]);
    }
  });
});

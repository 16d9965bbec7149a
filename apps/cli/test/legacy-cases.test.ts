// `benchloop legacy cases`: previews legacy ingestion cases (table + per-root skip summary), dumps them
// as JSONL (prompts only with --keep-snippets), and never runs a model.
import { mkdir, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { runInProcess } from "../src/testing/run-in-process.js";

let cwd: string;

const benchloop = (...args: string[]) => runInProcess(cwd, ...args);

async function write(file: string, content: string): Promise<void> {
  await mkdir(path.dirname(path.join(cwd, file)), { recursive: true });
  await writeFile(path.join(cwd, file), content);
}

beforeEach(async () => {
  cwd = await mkdtemp(path.join(tmpdir(), "benchloop-legacy-"));
  await write(
    "old-shop/src/pricing.ts",
    `// Prices orders for the old shop.\nimport { roundCents } from "./money.js";\n\nexport const VAT_RATE = 0.2;\n\nexport function priceOrderTotal(netCents: number): number {\n  return roundCents(netCents * (1 + VAT_RATE));\n}\n`,
  );
  await write(
    "old-shop/src/money.ts",
    `export function roundCents(value: number): number {\n  return Math.round(value);\n}\n`,
  );
  await write("old-shop/node_modules/dep/index.js", "module.exports = 1;\n");
  await write("old-shop/.git/HEAD", "ref: refs/heads/main\n");
  await write("old-shop/README.md", "# old shop\n");
  // Every kind, the syntax kinds too (the default builds only those that need the code understood).
  await write(
    "benchloop.config.json",
    JSON.stringify({
      sources: {
        legacy: {
          kinds: ["structure", "dependencies", "summary", "purpose", "predict", "callers", "mutation"],
        },
      },
    }),
  );
  await write(
    "scripts/tool.py",
    `import sys\n\n\ndef run_inventory_tool(argv):\n    return len(argv)\n\n\nif __name__ == "__main__":\n    run_inventory_tool(sys.argv)\n`,
  );
});
afterEach(async () => {
  await rm(cwd, { recursive: true, force: true });
});

describe("benchloop legacy cases", () => {
  it("prints every case with kind, language and size, then what each root skipped and why", async () => {
    const { code, out, err } = await benchloop("legacy", "cases", "--legacy-roots", "old-shop, scripts");
    expect(err).toBe("");
    expect(code).toBe(0);
    expect(out).toMatch(/^id\s+kind\s+language\s+size$/m);
    expect(out).toMatch(
      /^legacy\/old-shop\/src\/pricing\.ts\/[0-9a-f]{8}\/structure\s+structure\s+typescript\s+\d+ B$/m,
    );
    expect(out).toMatch(/^legacy\/scripts\/tool\.py\/[0-9a-f]{8}\/structure\s+structure\s+python/m);
    expect(out).toContain("skipped: vcs 1 · dependencies 1 · not-source 1");
    expect(out).toMatch(/root scripts \(.+\): 1 files looked at, 1 eligible, 1 sampled, \d+ tests/);
    expect(out).toContain("no model was run.");
  });

  it("reads roots from sources.legacy.roots of the config when no flag is given", async () => {
    await writeFile(
      path.join(cwd, "benchloop.config.json"),
      JSON.stringify({ sources: { legacy: { roots: ["scripts"], kinds: ["dependencies"] } } }),
    );
    const { code, out } = await benchloop("legacy", "cases");
    expect(code).toBe(0);
    expect(out).toMatch(/^legacy\/scripts\/tool\.py\/[0-9a-f]{8}\/dependencies\s/m);
    expect(out).not.toContain("/structure");
  });

  it("--dump writes one JSON line per case, the same bytes twice, without file text", async () => {
    const first = await benchloop(
      "legacy",
      "cases",
      "--legacy-roots",
      "old-shop,scripts",
      "--dump",
      "cases.jsonl",
    );
    expect(first.code).toBe(0);
    const dumped = await readFile(path.join(cwd, "cases.jsonl"), "utf8");
    await benchloop("legacy", "cases", "--legacy-roots", "old-shop,scripts", "--dump", "again.jsonl");
    expect(await readFile(path.join(cwd, "again.jsonl"), "utf8")).toBe(dumped);

    const lines = dumped
      .trimEnd()
      .split("\n")
      .map((line) => JSON.parse(line) as Record<string, unknown>);
    expect(first.out).toContain(`Wrote ${lines.length} cases to ${path.join(cwd, "cases.jsonl")}`);
    const pricing = lines.find((l) => l.path === "src/pricing.ts" && l.kind === "structure");
    expect(pricing).toMatchObject({
      root: "old-shop",
      language: "typescript",
      data: { symbols: [{ name: "VAT_RATE" }, { name: "priceOrderTotal" }] },
    });
    expect(pricing?.contentHash).toMatch(/^[0-9a-f]{64}$/);
    expect(dumped).not.toContain("Prices orders for the old shop");
    expect(lines.every((l) => l.prompts === undefined)).toBe(true);
  });

  it("--keep-snippets puts the prompts into the dump", async () => {
    const { code } = await benchloop(
      "legacy",
      "cases",
      "--legacy-roots",
      "old-shop",
      "--dump",
      "cases.jsonl",
      "--keep-snippets",
    );
    expect(code).toBe(0);
    expect(await readFile(path.join(cwd, "cases.jsonl"), "utf8")).toContain("Prices orders for the old shop");
  });

  it("says what to do when no roots are given", async () => {
    const { code, err } = await benchloop("legacy", "cases");
    expect(code).toBe(1);
    expect(err).toContain("--legacy-roots: no legacy roots were given");
    expect(err).toContain("set sources.legacy.roots in the config");
  });

  it("names the root that does not exist and where roots are resolved from", async () => {
    const { code, err } = await benchloop("legacy", "cases", "--legacy-roots", "old-shop,missing");
    expect(code).toBe(1);
    expect(err).toContain("sources.legacy.roots[1]");
    expect(err).toContain(`folder ${path.join(cwd, "missing")} does not exist; roots are relative to ${cwd}`);
  });
});

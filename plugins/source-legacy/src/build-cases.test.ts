import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { type BenchloopError, BenchTestSchema } from "@benchloop/core";
import { afterEach, describe, expect, it } from "vitest";
import { buildLegacyCases, type LegacyCaseSet } from "./build-cases.js";
import { CASE_KINDS, type LegacyCaseData } from "./case-data.js";
import { createLegacyTree, EXPECTED_SKIPS, type LegacyTree, SOURCES } from "./legacy-tree.test-helper.js";
import type { SkipReason } from "./skip-reason.js";

const cleanups: (() => void)[] = [];
afterEach(() => {
  for (const cleanup of cleanups.splice(0)) cleanup();
});

function tree(name?: string): LegacyTree {
  const made = createLegacyTree(name, { locked: false });
  cleanups.push(() => made.remove());
  return made;
}

function tempFolder(): string {
  const folder = mkdtempSync(join(tmpdir(), "legacy-build-"));
  cleanups.push(() => rmSync(folder, { recursive: true, force: true }));
  return folder;
}

function write(root: string, path: string, content: string): void {
  mkdirSync(dirname(join(root, path)), { recursive: true });
  writeFileSync(join(root, path), content);
}

function dataOf(set: LegacyCaseSet, path: string, kind: LegacyCaseData["kind"]): LegacyCaseData | undefined {
  return set.tests.map((t) => t.data as LegacyCaseData).find((d) => d.case.path === path && d.kind === kind);
}

describe("buildLegacyCases", () => {
  it("builds the same tests twice, byte for byte", async () => {
    const { root } = tree();
    const first = await buildLegacyCases({ config: { roots: [root], kinds: [...CASE_KINDS] }, cwd: "/" });
    const second = await buildLegacyCases({ config: { roots: [root], kinds: [...CASE_KINDS] }, cwd: "/" });
    expect(first.tests.length).toBeGreaterThan(10);
    expect(JSON.stringify(second)).toBe(JSON.stringify(first));
  });

  it("builds the same tests from the same files at another place (as on another machine)", async () => {
    const here = tree("project");
    const elsewhere = tree("project");
    const first = await buildLegacyCases({
      config: { roots: [here.root], kinds: [...CASE_KINDS] },
      cwd: "/",
    });
    const second = await buildLegacyCases({
      config: { roots: [elsewhere.root], kinds: [...CASE_KINDS] },
      cwd: "/",
    });
    expect(here.root).not.toBe(elsewhere.root);
    expect(JSON.stringify(second.tests)).toBe(JSON.stringify(first.tests));
  });

  it("selects nothing excluded and counts every skip with its reason", async () => {
    const { root } = tree();
    const skipped: Record<string, SkipReason> = {};
    const set = await buildLegacyCases({
      config: { roots: [root], filesPerRoot: 100, kinds: [...CASE_KINDS] },
      cwd: "/",
      onSkip: (_root, path, reason) => {
        skipped[path] = reason;
      },
    });
    expect(skipped).toEqual(EXPECTED_SKIPS);
    const paths = new Set(set.tests.map((t) => (t.data as LegacyCaseData).case.path));
    expect([...paths].sort()).toEqual(Object.keys(SOURCES).sort());
    const [summary] = set.roots;
    expect(summary).toMatchObject({
      label: "project",
      sampled: Object.keys(SOURCES).length,
      limitReached: false,
    });
    expect(Object.values(summary!.skipped).reduce((a, b) => a + b, 0)).toBe(
      Object.keys(EXPECTED_SKIPS).length,
    );
    expect(summary!.skipped).toMatchObject({
      vcs: 1,
      dependencies: 1,
      virtualenv: 2,
      "symlink-loop": 2,
      binary: 3,
    });
  });

  it("derives the ground truth from each sampled file", async () => {
    const { root } = tree();
    const set = await buildLegacyCases({
      config: { roots: [root], kinds: [...CASE_KINDS], filesPerRoot: 100 },
      cwd: "/",
    });
    expect(dataOf(set, "src/app.ts", "structure")).toMatchObject({
      method: "typescript",
      symbols: [
        { name: "DEFAULT_PORT" },
        { name: "ServerOptions" },
        { name: "default", aliases: ["startShopServer"] },
        { name: "startShopServer" },
        { name: "visibleHelper" },
      ],
    });
    expect(dataOf(set, "py/api.py", "structure")).toMatchObject({
      symbols: [{ name: "InventoryError" }, { name: "serve_inventory" }],
    });
    expect(dataOf(set, "go/server.go", "dependencies")).toMatchObject({
      method: "go-heuristic",
      modules: [{ name: "fmt" }, { name: "net/http" }, { name: "strings" }],
    });
    // order.ts imports nothing: no dependencies case rather than an empty truth.
    expect(dataOf(set, "src/orders/order.ts", "dependencies")).toBeUndefined();
    const summary = dataOf(set, "src/orders/pricing.ts", "summary");
    expect(summary?.kind === "summary" && summary.identifiers).toEqual(
      expect.arrayContaining(["DiscountLadder", "VAT_RATE", "priceOrder"]),
    );
    for (const test of set.tests) expect(BenchTestSchema.parse(test)).toEqual(test);
  });

  it("records where each case came from, and keeps the file's text out of the test data", async () => {
    const { root } = tree();
    const set = await buildLegacyCases({
      config: { roots: [root], kinds: [...CASE_KINDS], filesPerRoot: 100 },
      cwd: "/",
    });
    const app = set.tests.find(
      (t) => t.id.startsWith("legacy/project/src/app.ts/") && t.id.endsWith("/summary"),
    )!;
    const data = app.data as LegacyCaseData;
    const bytes = readFileSync(join(root, "src/app.ts"));
    expect(data.case).toMatchObject({
      root: "project",
      path: "src/app.ts",
      language: "typescript",
      sizeBytes: bytes.length,
      truncated: false,
    });
    expect(data.case.contentHash).toMatch(/^[0-9a-f]{64}$/);
    expect(app.id).toBe(`legacy/project/src/app.ts/${data.case.contentHash.slice(0, 8)}/summary`);
    expect(app.prompts.blind).toContain("The HTTP front door of the shop.");
    for (const test of set.tests) {
      expect(JSON.stringify(test.data)).not.toContain("front door");
      expect(JSON.stringify(test.data)).not.toContain("response.end");
    }
  });

  it("gives roots that share a folder name distinct labels and unique case ids", async () => {
    const first = tree("app");
    const second = tree("app");
    const set = await buildLegacyCases({
      config: { roots: [first.root, second.root, first.root] },
      cwd: "/",
    });
    const labels = set.roots.map((r) => r.label);
    expect(labels).toHaveLength(2);
    expect(labels[0]).toMatch(/^app-[0-9a-f]{6}$/);
    expect(labels[1]).toMatch(/^app-[0-9a-f]{6}$/);
    expect(labels[0]).not.toBe(labels[1]);
    const ids = set.tests.map((t) => t.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it("samples top-level folders in proportion to their size, at most maxPerLanguage each, not the first files", async () => {
    const root = tempFolder();
    const sizes: Record<string, number> = { product: 100, lib: 40, tools2: 10 };
    for (const [folder, n] of Object.entries(sizes)) {
      for (let i = 0; i < n; i += 1)
        write(root, `${folder}/m${i}.ts`, `export const ${folder}Value${i} = ${i};\n`);
    }
    for (let i = 0; i < 3; i += 1) write(root, `scripts/s${i}.ts`, `export const script${i} = ${i};\n`);
    write(root, "product/app.test.ts", "export const t = 1;\n");
    const config = { roots: [root], filesPerRoot: 30, kinds: ["structure" as const] };
    const set = await buildLegacyCases({ config, cwd: "/" });
    const cases = set.tests.map((t) => (t.data as LegacyCaseData).case);
    expect(cases).toHaveLength(30);
    const count = (folder: string) => cases.filter((c) => c.path.startsWith(`${folder}/`)).length;
    // 150 product files: 100/150 × 30 = 20, 40/150 × 30 = 8, 10/150 × 30 = 2.
    expect([count("product"), count("lib"), count("tools2")]).toEqual([20, 8, 2]);
    // Tests and scripts are labelled and left out by default.
    expect(count("scripts")).toBe(0);
    expect(cases.some((c) => c.path.endsWith(".test.ts"))).toBe(false);
    expect(set.roots[0]!.skipped.auxiliary).toBe(4);
    // The first 30 files in sort order all lie in lib/; the sample does not stop there.
    expect(count("lib")).toBeLessThan(30);
    const capped = await buildLegacyCases({ config: { ...config, maxPerLanguage: 5 }, cwd: "/" });
    expect(capped.tests).toHaveLength(5);
    const withAux = await buildLegacyCases({ config: { ...config, includeAuxiliary: true }, cwd: "/" });
    const auxTags = withAux.tests.flatMap((t) => t.tags.filter((tag) => tag.startsWith("aux:")));
    expect(new Set(auxTags).size).toBeLessThanOrEqual(2);
    const reseeded = await buildLegacyCases({ config: { ...config, seed: "another" }, cwd: "/" });
    expect(reseeded.tests.map((t) => t.id)).not.toEqual(set.tests.map((t) => t.id));
  });

  it("cuts long files at a line end for the prompt and derives the truth from what the model sees", async () => {
    const root = tempFolder();
    const lines = Array.from({ length: 400 }, (_, i) => `export const LONG_NAME_${i} = ${i};`);
    write(root, "long.ts", `${lines.join("\n")}\n`);
    const set = await buildLegacyCases({
      config: { roots: [root], kinds: [...CASE_KINDS], snippetBytes: 2048 },
      cwd: "/",
    });
    const data = dataOf(set, "long.ts", "structure");
    expect(data?.case.truncated).toBe(true);
    expect(data?.case.snippetBytes).toBeLessThanOrEqual(2048);
    const shown = set.tests.find((t) => t.id.endsWith("/structure"))!.prompts.informed;
    expect(shown).toContain("first lines only");
    expect(data?.kind === "structure" && data.symbols.length).toBe(
      shown.match(/export const LONG_NAME_/g)?.length,
    );
  });

  it("refuses roots that are missing or not folders, naming the config path of each", async () => {
    const root = tempFolder();
    write(root, "file.ts", "export {};\n");
    const error = (await buildLegacyCases({ config: { roots: ["missing", "file.ts"] }, cwd: root }).catch(
      (e) => e,
    )) as BenchloopError;
    expect(error.code).toBe("CONFIG_INVALID");
    expect(error.message).toContain("sources.legacy.roots[0]");
    expect(error.message).toContain("sources.legacy.roots[1]");
    expect(error.message).toContain("does not exist");
    expect(error.message).toContain("is a file, not a folder");
  });

  it("refuses invalid options with their path", async () => {
    const error = (await buildLegacyCases({ config: { roots: [], filesPerRoot: 0 }, cwd: "/" }).catch(
      (e) => e,
    )) as BenchloopError;
    expect(error.code).toBe("CONFIG_INVALID");
    expect(error.message).toContain("sources.legacy.filesPerRoot");
  });
});

describe("buildLegacyCases on this repository (read only)", () => {
  const repository = join(dirname(new URL(import.meta.url).pathname), "../../..");

  it("is deterministic and its ground truth holds against the files", async () => {
    // The callers kind reads the whole root through the checker (about 12 s here); its own tests cover it.
    const kinds = CASE_KINDS.filter((kind) => kind !== "callers");
    const first = await buildLegacyCases({ config: { roots: [repository], kinds }, cwd: "/" });
    const second = await buildLegacyCases({ config: { roots: [repository], kinds }, cwd: "/" });
    expect(JSON.stringify(second.tests)).toBe(JSON.stringify(first.tests));
    expect(first.roots[0]!.sampled).toBe(30);
    expect(first.roots[0]!.skipped.auxiliary).toBeGreaterThan(0);
    expect(first.roots[0]!.skipped.dependencies).toBeGreaterThan(0);

    for (const test of first.tests) {
      const data = test.data as LegacyCaseData;
      expect(data.case.path).not.toMatch(/(^|\/)(node_modules|dist|\.git|coverage|\.turbo)\//);
      const text = readFileSync(join(repository, data.case.path), "utf8").slice(0, data.case.snippetBytes);
      if (data.kind === "structure" && data.method === "typescript") {
        for (const { name } of data.symbols) {
          if (name === "default")
            expect(text).toMatch(/export\s+default|export\s*=|as\s+default|export\s*\{\s*default\b/);
          else
            expect(text, `${data.case.path} exports ${name}`).toMatch(
              new RegExp(
                `(export[^\\n]*\\b${name}\\b|exports\\.${name}\\b|^\\s+${name}[,\\s:]|\\{[^}]*\\b${name}\\b[^}]*\\})`,
                "m",
              ),
            );
        }
      }
      if (data.kind === "dependencies") {
        for (const { name } of data.modules) {
          // A Python file names its modules unquoted (`import x`, `from x import y`).
          if (data.case.path.endsWith(".py"))
            expect(text, `${data.case.path} imports ${name}`).toMatch(
              new RegExp(
                `^\\s*(from\\s+${name.replace(/\./g, "\\.")}\\s+import\\b|import\\s+[^\\n]*\\b${name.replace(/\./g, "\\.")}\\b)`,
                "m",
              ),
            );
          else expect(text, `${data.case.path} imports ${name}`).toContain(`"${name}"`);
        }
      }
      if (data.kind === "summary") {
        for (const identifier of data.identifiers) expect(text).toContain(identifier);
      }
    }
  });
});

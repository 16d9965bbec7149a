// docs/plugins.md is written for a third party, from what the npm packages contain: its full-file code
// blocks (```ts file=src/index.ts) compile against the built `.d.ts` of @benchloop/core, the way a
// plugin author's project sees them, and are the tested example examples/harness-echo-http.
import { mkdir, mkdtemp, readFile, rm, symlink, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { execa } from "execa";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { REPO_ROOT } from "../helpers/cli.js";
import { publishedPackages } from "./workspace-packages.js";

const DOC = path.join(REPO_ROOT, "docs/plugins.md");
const EXAMPLE = path.join(REPO_ROOT, "examples/harness-echo-http");

let doc: string;
let files: { lang: string; file: string; code: string }[];
let project: string;

beforeAll(async () => {
  doc = await readFile(DOC, "utf8");
  files = [...doc.matchAll(/^```(\w+) file=(\S+)\n([\s\S]*?)^```$/gm)].map((m) => ({
    lang: m[1] as string,
    file: m[2] as string,
    code: m[3] as string,
  }));
  project = await mkdtemp(path.join(tmpdir(), "benchloop-docs-"));
});
afterAll(async () => {
  await rm(project, { recursive: true, force: true });
});

describe("docs/plugins.md", () => {
  it("shows a harness, its test and its package.json as full files", () => {
    expect(files.map((f) => f.file).sort()).toEqual(["package.json", "src/index.test.ts", "src/index.ts"]);
  });

  it("full-file TypeScript blocks compile against the published .d.ts, as a third party's project", async () => {
    for (const { file, code } of files.filter((f) => f.lang === "ts")) {
      await mkdir(path.dirname(path.join(project, file)), { recursive: true });
      await writeFile(path.join(project, file), code);
    }
    await writeFile(path.join(project, "package.json"), JSON.stringify({ type: "module" }));
    // The e2e package's node_modules holds @benchloop/core, @benchloop/ollama-sim, vitest and @types/node.
    await symlink(path.join(REPO_ROOT, "tests/node_modules"), path.join(project, "node_modules"), "dir");
    const tsconfig = {
      compilerOptions: {
        target: "ES2022",
        module: "NodeNext",
        moduleResolution: "NodeNext",
        strict: true,
        noEmit: true,
        skipLibCheck: true,
        types: ["node"],
      },
      include: ["src"],
    };
    await writeFile(path.join(project, "tsconfig.json"), JSON.stringify(tsconfig));
    const tsc = await execa(
      "node",
      [path.join(REPO_ROOT, "tests/node_modules/typescript/bin/tsc"), "-p", "."],
      {
        cwd: project,
        reject: false,
        all: true,
      },
    );
    expect(tsc.exitCode, tsc.all).toBe(0);
  }, 120_000);

  it("full-file TypeScript blocks are the tested example, examples/harness-echo-http", async () => {
    for (const { file, code } of files.filter((f) => f.lang === "ts"))
      expect(code, file).toBe(await readFile(path.join(EXAMPLE, file), "utf8"));
  });

  it("its package.json is a plugin's, with the peer range benchloop's own plugins use", async () => {
    const block = files.find((f) => f.file === "package.json");
    const manifest = JSON.parse(block?.code ?? "{}") as {
      keywords: string[];
      benchloop: { plugin: string };
      files: string[];
      peerDependencies: Record<string, string>;
    };
    expect(manifest.keywords).toContain("benchloop-plugin");
    expect(manifest.benchloop.plugin).toBe("./dist/index.js");
    expect(manifest.files).toEqual(["dist"]);
    const ranges = new Set(
      (await publishedPackages())
        .map((p) => p.manifest.peerDependencies?.["@benchloop/core"])
        .filter(Boolean),
    );
    expect([...ranges]).toEqual([manifest.peerDependencies["@benchloop/core"]]);
  });

  it("points at nothing that is only in the repository and states the argument order right", () => {
    expect(doc).not.toMatch(/packages\/core\/src|\bsrc\/plugin\/|examples\/plugin-hello|tests\/cli\//);
    expect(doc).not.toContain("take one input object, then a context");
    expect(doc).toContain("`probe(ctx)` and `listModels(ctx, query)` take the context **first**");
    expect(doc).toContain("@benchloop/core/testing");
  });
});

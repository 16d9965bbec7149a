// Publishing, tested for real: every published package packed with `pnpm pack`, the tarballs installed
// with npm into an empty folder outside the workspace, `npx benchloop run --demo` run there; then each
// third-party harness example under examples/ packed, installed from its own tarball, and items run
// through it against `benchloop sim` (from the installed CLI) on 127.0.0.1.
import { mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { execa, type ResultPromise } from "execa";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { REPO_ROOT } from "../helpers/cli.js";
import { cleanEnv, manifestTargets, type PackedPackage, packPackages } from "./pack.js";
import { publishedPackages, type WorkspacePackage } from "./workspace-packages.js";

const all = await publishedPackages();
/** What users install: the packages, the plugins and the CLI (examples are third-party stand-ins). */
const products = all.filter((p) => !p.dir.startsWith("examples/"));
/** Third-party harness examples: examples/* whose keywords say `benchloop-harness`. */
const harnessExamples = all.filter(
  (p) => p.dir.startsWith("examples/") && p.manifest.keywords?.includes("benchloop-harness"),
);

/** Options the harness of an example needs to reach `benchloop sim` (default: `{ baseUrl }`). */
const HARNESS_OPTIONS: Record<string, (simUrl: string) => Record<string, unknown>> = {};

/** Harness examples whose route to the simulator carries no decode timings (OpenAI-compatible /v1). */
const NO_SERVER_TIMINGS = new Set(["examples/harness-llama-server"]);

let work: string;
let project: string;
let packed: PackedPackage[];

/** Runs a command in the project folder as a user would, never throwing on a non-zero exit. */
function inProject(command: string, args: string[], timeout = 280_000) {
  return execa(command, args, {
    cwd: project,
    env: cleanEnv(),
    extendEnv: false,
    reject: false,
    all: true,
    timeout,
  });
}

/** `npm install` of tarballs into the project, from npm's cache where it can. */
async function npmInstall(tarballs: string[]): Promise<void> {
  const install = await inProject("npm", [
    "install",
    "--no-audit",
    "--no-fund",
    "--prefer-offline",
    ...tarballs,
  ]);
  expect(install.exitCode, install.all).toBe(0);
}

/** The `run:end` event of a `benchloop run --json`. */
function runEnd(stdout: string): {
  status: string;
  runDir: string;
  summary: { items: number; passed: number; error: number };
} {
  const line = stdout.split("\n").find((l) => l.includes('"type":"run:end"'));
  expect(line, stdout.slice(-2000)).toBeDefined();
  return JSON.parse(line as string);
}

beforeAll(async () => {
  work = await mkdtemp(path.join(tmpdir(), "benchloop-pack-"));
  project = path.join(work, "project");
  await execa("mkdir", ["-p", project, path.join(work, "tarballs")]);
  await writeFile(
    path.join(project, "package.json"),
    `${JSON.stringify({ name: "my-project", private: true })}\n`,
  );
  packed = await packPackages(
    products.map((p) => p.dir),
    path.join(work, "tarballs"),
  );
  await npmInstall(packed.map((p) => p.tarball));
}, 300_000);
afterAll(async () => {
  if (work) await rm(work, { recursive: true, force: true });
});

describe("the packed packages", () => {
  it("are every published package of the workspace, the CLI included", () => {
    expect(packed.map((p) => p.name)).toEqual(products.map((p) => p.manifest.name));
    expect(packed.map((p) => p.name)).toEqual(
      expect.arrayContaining(["@benchloop/cli", "@benchloop/core", "@benchloop/web"]),
    );
  });

  it("hold a README, built code for every entry point and no workspace: ranges", () => {
    const problems: string[] = [];
    for (const p of packed) {
      if (!p.files.includes("README.md")) problems.push(`${p.name}: no README.md`);
      if (!p.files.some((f) => f.startsWith("dist/"))) problems.push(`${p.name}: no dist/`);
      for (const target of manifestTargets(p.manifest))
        if (!p.files.includes(target)) problems.push(`${p.name}: ${target} is not in the tarball`);
      for (const file of p.files.filter((f) => f.startsWith("src/") || /\.test\./.test(f)))
        problems.push(`${p.name}: ships ${file}`);
      if (JSON.stringify(p.manifest).includes("workspace:")) problems.push(`${p.name}: a workspace: range`);
    }
    expect(problems).toEqual([]);
  });
});

describe("installed with npm into an empty folder", () => {
  it("`npx benchloop run --demo` completes with results", async () => {
    const run = await inProject("npx", ["--no", "benchloop", "run", "--demo", "--json"]);
    expect(run.exitCode, run.stderr).toBe(0);
    const end = runEnd(run.stdout);
    expect(end.status).toBe("completed");
    expect(end.summary.items).toBeGreaterThan(0);
    expect(end.summary.passed).toBeGreaterThan(0);
    expect(end.summary.error).toBe(0);
    const written = JSON.parse(await readFile(path.join(end.runDir, "run.json"), "utf8")) as {
      items: unknown[];
    };
    expect(written.items).toHaveLength(end.summary.items);
    expect(path.relative(project, end.runDir).startsWith("results")).toBe(true);
  }, 300_000);
});

describe.each(harnessExamples.map((p) => [p.dir, p] as [string, WorkspacePackage]))(
  "third-party harness %s, installed from its own tarball",
  (dir, example) => {
    let sim: ResultPromise | undefined;
    let simUrl: string;

    beforeAll(async () => {
      const dist = await readdir(path.join(REPO_ROOT, dir, "dist")).catch(() => []);
      expect(
        dist,
        `${dir} is not built: add it to tests/package.json devDependencies so it builds first`,
      ).not.toEqual([]);
      const [tarball] = await packPackages([dir], path.join(work, "tarballs"));
      await npmInstall([tarball?.tarball as string]);
      // The sim of the installed CLI: its scripted models answer the built-in tests.
      sim = execa(
        path.join(project, "node_modules/.bin/benchloop"),
        ["sim", "--port", "0", "--latency-scale", "0"],
        {
          cwd: project,
          env: cleanEnv(),
          extendEnv: false,
          reject: false,
        },
      );
      simUrl = await new Promise<string>((resolve, reject) => {
        let out = "";
        sim?.stdout?.on("data", (chunk: Buffer) => {
          out += chunk.toString();
          const url = /listening on (http:\/\/127\.0\.0\.1:\d+)/.exec(out)?.[1];
          if (url) resolve(url);
        });
        sim?.on("exit", () => reject(new Error(`benchloop sim exited: ${out}`)));
      });
    }, 180_000);
    afterAll(async () => {
      sim?.kill();
      await sim;
    });

    it("is found by `benchloop plugins` as installed, with its harness", async () => {
      const listed = await inProject("npx", ["--no", "benchloop", "plugins", "--json"]);
      expect(listed.exitCode, listed.stderr).toBe(0);
      const rows = JSON.parse(listed.stdout) as {
        name: string;
        origin: string;
        status: string;
        components: { kind: string; id: string }[];
      }[];
      const row = rows.find((r) => r.name === example.manifest.name);
      expect(row).toMatchObject({ origin: "installed", status: "loaded" });
      expect(row?.components.some((c) => c.kind === "harness")).toBe(true);
    });

    it("runs items: the oracle model passes, the prose model fails, tok/s is recorded", async () => {
      const listed = await inProject("npx", ["--no", "benchloop", "plugins", "--json"]);
      const rows = JSON.parse(listed.stdout) as {
        name: string;
        components: { kind: string; id: string }[];
      }[];
      const harness = rows
        .find((r) => r.name === example.manifest.name)
        ?.components.find((c) => c.kind === "harness")?.id as string;
      const options = HARNESS_OPTIONS[dir]?.(simUrl) ?? { baseUrl: simUrl };
      await writeFile(
        path.join(project, "benchloop.config.json"),
        JSON.stringify({ harnesses: { [harness]: options } }),
      );
      const run = await inProject("npx", [
        "--no",
        "benchloop",
        "run",
        "--json",
        "--harnesses",
        harness,
        "--models",
        "sim/oracle:latest,sim/prose:latest",
        "--tests",
        "smoke",
        "--pass-types",
        "blind",
      ]);
      await rm(path.join(project, "benchloop.config.json"));
      expect(run.exitCode, run.stderr).toBe(0);
      const end = runEnd(run.stdout);
      expect(end.status).toBe("completed");
      const written = JSON.parse(await readFile(path.join(end.runDir, "run.json"), "utf8")) as {
        items: { model: string; harness: string; status: string; metrics: { decodeTokensPerSec?: number } }[];
      };
      expect(written.items.map((i) => [i.model, i.harness, i.status]).sort()).toEqual([
        ["sim/oracle:latest", harness, "passed"],
        ["sim/prose:latest", harness, "failed"],
      ]);
      // tok/s needs the server's decode time: Ollama's /api/chat reports it (eval_duration); an
      // OpenAI-compatible route reports it only where the server adds llama.cpp's `timings`, which the
      // simulator's /v1 (like Ollama's) does not.
      for (const item of written.items) {
        if (NO_SERVER_TIMINGS.has(dir)) expect(item.metrics.decodeTokensPerSec).toBeUndefined();
        else expect(item.metrics.decodeTokensPerSec).toBeGreaterThan(0);
      }
    }, 180_000);
  },
);

it("finds at least one third-party harness example", () => {
  expect(harnessExamples.map((p) => p.dir)).toContain("examples/harness-echo-http");
});

// The example third-party plugin, installed into a plain project, is found by the built CLI.
import { cp, mkdir, symlink, writeFile } from "node:fs/promises";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { makeTempDir, REPO_ROOT, runBenchloop } from "../helpers/cli.js";

let project: { dir: string; remove: () => Promise<void> };

/** Installs examples/plugin-hello the way a package manager lays it out (files + its core dependency). */
async function installHello(dir: string): Promise<void> {
  const target = path.join(dir, "node_modules", "benchloop-exporter-hello");
  await mkdir(target, { recursive: true });
  await cp(path.join(REPO_ROOT, "examples/plugin-hello/package.json"), path.join(target, "package.json"));
  await cp(path.join(REPO_ROOT, "examples/plugin-hello/dist"), path.join(target, "dist"), {
    recursive: true,
  });
  await mkdir(path.join(target, "node_modules", "@benchloop"), { recursive: true });
  await symlink(
    path.join(REPO_ROOT, "packages/core"),
    path.join(target, "node_modules", "@benchloop", "core"),
    "dir",
  );
}

beforeEach(async () => {
  project = await makeTempDir("project");
  await writeFile(
    path.join(project.dir, "package.json"),
    JSON.stringify({ name: "my-project", private: true }),
  );
});
afterEach(async () => {
  await project.remove();
});

describe("benchloop plugins", () => {
  it("lists an installed third-party plugin with its origin and components", async () => {
    await installHello(project.dir);
    const result = await runBenchloop(["plugins", "--json"], { cwd: project.dir });
    expect(result.exitCode).toBe(0);
    const rows = JSON.parse(result.stdout) as {
      name: string;
      origin: string;
      status: string;
      components: { kind: string; id: string }[];
    }[];
    expect(rows.find((r) => r.name === "benchloop-exporter-hello")).toEqual({
      name: "benchloop-exporter-hello",
      version: "0.1.0",
      origin: "installed",
      status: "loaded",
      kinds: ["exporter"],
      components: [{ kind: "exporter", id: "hello" }],
    });
  });

  it("loads a plugin named by path in the config and prints a table", async () => {
    await writeFile(
      path.join(project.dir, "benchloop.config.json"),
      JSON.stringify({ plugins: [path.join(REPO_ROOT, "examples/plugin-hello")] }),
    );
    const result = await runBenchloop(["plugins"], { cwd: project.dir });
    expect(result.exitCode).toBe(0);
    expect(result.stdout).toMatch(
      /✓\s+benchloop-exporter-hello\s+0\.1\.0\s+exporter\s+exporter:hello\s+config/,
    );
  });

  it("reports a broken plugin with its reason and keeps working", async () => {
    await writeFile(
      path.join(project.dir, "broken.mjs"),
      'export default { brand: "benchloop.plugin", name: "benchloop-broken", apiVersion: 7, register() {} };\n',
    );
    await writeFile(
      path.join(project.dir, "benchloop.config.json"),
      JSON.stringify({ plugins: ["./broken.mjs", path.join(REPO_ROOT, "examples/plugin-hello")] }),
    );
    const result = await runBenchloop(["plugins"], { cwd: project.dir });
    expect(result.exitCode).toBe(0);
    expect(result.stderr).toContain(
      "warning plugin benchloop-broken was not loaded: Plugin benchloop-broken supports plugin API ^7, but this benchloop implements plugin API 1.0.0.",
    );
    expect(result.stdout).toContain("benchloop-exporter-hello");
    expect(result.stderr).not.toMatch(/\n\s+at /);
  });
});

describe("benchloop exit codes", () => {
  it("exits 0 for --help and --version", async () => {
    const help = await runBenchloop(["--help"], { cwd: project.dir });
    expect(help.exitCode).toBe(0);
    expect(help.stdout).toContain("Usage: benchloop");
    const version = await runBenchloop(["--version"], { cwd: project.dir });
    expect(version.exitCode).toBe(0);
    expect(version.stdout.trim()).toMatch(/^\d+\.\d+\.\d+$/);
  });

  it("exits 1 with the field path and line for an invalid config, without a stack", async () => {
    await writeFile(path.join(project.dir, "benchloop.config.json"), '{\n  "concurrency": "four"\n}\n');
    const result = await runBenchloop(["plugins"], { cwd: project.dir });
    expect(result.exitCode).toBe(1);
    expect(result.stderr).toContain("benchloop.config.json:2, field `concurrency`");
    expect(result.stderr).not.toMatch(/\n\s+at /);
  });

  it("exits 1 for an unknown command or argument", async () => {
    expect((await runBenchloop(["teleport"], { cwd: project.dir })).exitCode).toBe(1);
    const list = await runBenchloop(["list", "gpus"], { cwd: project.dir });
    expect(list.exitCode).toBe(1);
    expect(list.stderr).toContain("Use one of: harnesses, tests, models.");
  });
});

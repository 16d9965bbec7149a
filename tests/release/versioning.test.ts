// Versioning apart: a core minor must not force a major of every plugin. Runs the real
// `changeset status` on an isolated copy of the workspace's manifests and changesets config (never the
// repo's pending changesets), with one changeset of our own.
import { cp, mkdir, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { execa } from "execa";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { REPO_ROOT } from "../helpers/cli.js";
import { type WorkspacePackage, workspacePackages } from "./workspace-packages.js";

const CHANGESET_BIN = path.join(REPO_ROOT, "node_modules/@changesets/cli/bin.js");

interface Release {
  name: string;
  type: "major" | "minor" | "patch" | "none";
  newVersion: string;
}

let repo: string;
let packages: WorkspacePackage[];

/** Packages that declare `@benchloop/core` as a peer: the plugins. */
function peersOfCore(): string[] {
  return packages.filter((p) => p.manifest.peerDependencies?.["@benchloop/core"]).map((p) => p.manifest.name);
}

/** `changeset status` with exactly one changeset bumping `@benchloop/core` by `bump`. */
async function releasesFor(bump: "minor" | "major"): Promise<Release[]> {
  await rm(path.join(repo, ".changeset"), { recursive: true, force: true });
  await mkdir(path.join(repo, ".changeset"));
  await cp(path.join(REPO_ROOT, ".changeset/config.json"), path.join(repo, ".changeset/config.json"));
  await writeFile(
    path.join(repo, ".changeset", `core-${bump}.md`),
    `---\n"@benchloop/core": ${bump}\n---\n\nA ${bump} change of core.\n`,
  );
  const output = path.join(repo, `status-${bump}.json`);
  const status = await execa("node", [CHANGESET_BIN, "status", "--output", output], {
    cwd: repo,
    reject: false,
    all: true,
  });
  expect(status.exitCode, status.all).toBe(0);
  const { releases } = JSON.parse(await readFile(output, "utf8")) as { releases: Release[] };
  return releases;
}

beforeAll(async () => {
  packages = await workspacePackages();
  repo = await mkdtemp(path.join(tmpdir(), "benchloop-versioning-"));
  for (const file of ["package.json", "pnpm-workspace.yaml"])
    await cp(path.join(REPO_ROOT, file), path.join(repo, file));
  for (const { dir } of packages)
    await cp(path.join(REPO_ROOT, dir, "package.json"), path.join(repo, dir, "package.json"));
  await mkdir(path.join(repo, ".changeset"));
  await cp(path.join(REPO_ROOT, ".changeset/config.json"), path.join(repo, ".changeset/config.json"));
  const git = (...args: string[]) =>
    execa("git", ["-c", "user.name=t", "-c", "user.email=t@example.com", ...args], { cwd: repo });
  await git("init", "--quiet", "-b", "main");
  await git("add", "-A");
  await git("commit", "--quiet", "-m", "workspace");
});
afterAll(async () => {
  await rm(repo, { recursive: true, force: true });
});

describe("versioning plugins apart from core", () => {
  it("has plugins that peer on core (what this test is about)", () => {
    expect(peersOfCore().length).toBeGreaterThan(15);
  });

  it("a core minor bumps no plugin to a major", async () => {
    const releases = await releasesFor("minor");
    expect(releases.find((r) => r.name === "@benchloop/core")?.type).toBe("minor");
    expect(releases.filter((r) => r.type === "major").map((r) => r.name)).toEqual([]);
    const plugins = new Set(peersOfCore());
    // A plugin needs no release at all: its peer range already admits the new core.
    expect(releases.filter((r) => plugins.has(r.name) && r.type !== "none").map((r) => r.name)).toEqual([]);
  }, 60_000);

  it("a core major bumps every plugin to a major (its peer range no longer admits core)", async () => {
    const releases = await releasesFor("major");
    const majors = new Set(releases.filter((r) => r.type === "major").map((r) => r.name));
    for (const plugin of peersOfCore()) expect(majors, plugin).toContain(plugin);
  }, 60_000);
});

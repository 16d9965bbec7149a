// The publishable packages of the workspace, read from pnpm-workspace.yaml and each package.json.
import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import { REPO_ROOT } from "../helpers/cli.js";

/** One workspace package: its folder (relative to the repo root) and its manifest. */
export interface WorkspacePackage {
  dir: string;
  manifest: {
    name: string;
    version: string;
    private?: boolean;
    keywords?: string[];
    files?: string[];
    peerDependencies?: Record<string, string>;
    benchloop?: { plugin?: string };
  };
}

/** The workspace globs of pnpm-workspace.yaml (`- packages/*`, `- tests`). */
async function workspaceGlobs(): Promise<string[]> {
  const yaml = await readFile(path.join(REPO_ROOT, "pnpm-workspace.yaml"), "utf8");
  const section = yaml.split(/^packages:\s*$/m)[1]?.split(/^\S/m)[0] ?? "";
  return [...section.matchAll(/^\s+-\s+["']?([^"'\s]+)["']?\s*$/gm)].map((m) => m[1] as string);
}

/** Every workspace package with a package.json, private ones included. */
export async function workspacePackages(): Promise<WorkspacePackage[]> {
  const dirs: string[] = [];
  for (const glob of await workspaceGlobs()) {
    if (!glob.endsWith("/*")) {
      dirs.push(glob);
      continue;
    }
    const parent = glob.slice(0, -2);
    const entries = await readdir(path.join(REPO_ROOT, parent), { withFileTypes: true });
    for (const entry of entries) if (entry.isDirectory()) dirs.push(`${parent}/${entry.name}`);
  }
  const found: WorkspacePackage[] = [];
  for (const dir of dirs.sort()) {
    const text = await readFile(path.join(REPO_ROOT, dir, "package.json"), "utf8").catch(() => undefined);
    if (text !== undefined) found.push({ dir, manifest: JSON.parse(text) as WorkspacePackage["manifest"] });
  }
  return found;
}

/** The packages that are published (not private). */
export async function publishedPackages(): Promise<WorkspacePackage[]> {
  return (await workspacePackages()).filter((p) => p.manifest.private !== true);
}

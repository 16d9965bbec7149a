// Packs workspace packages the way they are published (`pnpm pack`) and reads what a tarball holds.
import path from "node:path";
import { execa } from "execa";
import { REPO_ROOT } from "../helpers/cli.js";

/** A packed package: its tarball, the files inside and the manifest as published. */
export interface PackedPackage {
  dir: string;
  name: string;
  tarball: string;
  files: string[];
  manifest: Record<string, unknown>;
}

/** The environment of npm and pnpm children: none of the outer pnpm/npm run's settings leak in. */
export function cleanEnv(): Record<string, string | undefined> {
  const env: Record<string, string | undefined> = {};
  for (const [key, value] of Object.entries(process.env))
    if (!/^(npm_|pnpm_|npm_config_)/i.test(key)) env[key] = value;
  return { ...env, NO_COLOR: "1", COREPACK_ENABLE_DOWNLOAD_PROMPT: "0", CI: process.env.CI };
}

/** `pnpm pack` of the workspace package in `dir` (relative to the repo) into `destination`. */
export async function packPackage(dir: string, destination: string): Promise<PackedPackage> {
  const packed = await execa("corepack", ["pnpm", "pack", "--json", "--pack-destination", destination], {
    cwd: path.join(REPO_ROOT, dir),
    env: cleanEnv(),
    extendEnv: false,
  });
  const { name, filename, files } = JSON.parse(packed.stdout) as {
    name: string;
    filename: string;
    files: { path: string }[];
  };
  const manifest = await execa("tar", ["-xzOf", filename, "package/package.json"]);
  return {
    dir,
    name,
    tarball: filename,
    files: files.map((f) => f.path),
    manifest: JSON.parse(manifest.stdout) as Record<string, unknown>,
  };
}

/** Runs `work` over `items`, `limit` at a time, keeping the order of the results. */
export async function mapLimit<T, R>(items: readonly T[], limit: number, work: (item: T) => Promise<R>) {
  const results: R[] = new Array(items.length);
  let next = 0;
  const worker = async () => {
    for (let i = next++; i < items.length; i = next++) results[i] = await work(items[i] as T);
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return results;
}

/**
 * The files a manifest points at: export targets (every condition but the workspace-only
 * `@benchloop/source`), `main`, `types`, `bin` and the `benchloop.plugin` entry; `./` removed.
 */
export function manifestTargets(manifest: Record<string, unknown>): string[] {
  const targets: string[] = [];
  const walk = (node: unknown, key?: string) => {
    if (key === "@benchloop/source") return;
    if (typeof node === "string") targets.push(node);
    else if (node && typeof node === "object")
      for (const [k, v] of Object.entries(node as Record<string, unknown>)) walk(v, k);
  };
  walk(manifest.exports);
  walk(manifest.main);
  walk(manifest.types);
  walk(manifest.bin);
  walk((manifest.benchloop as { plugin?: string } | undefined)?.plugin);
  return targets.filter((t) => !t.includes("*")).map((t) => t.replace(/^\.\//, ""));
}

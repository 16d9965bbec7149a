// Packs workspace packages the way they are published (`pnpm pack`) and reads what a tarball holds.
import { readFile } from "node:fs/promises";
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

/** What `pnpm pack --json` prints for one package. */
interface PackJson {
  name: string;
  filename: string;
  files: { path: string }[];
}

/** The environment of npm and pnpm children: the outer pnpm run's npm_* and pnpm_* variables removed (a user's NPM_CONFIG_* stay). */
export function cleanEnv(): Record<string, string | undefined> {
  const env: Record<string, string | undefined> = {};
  for (const [key, value] of Object.entries(process.env)) if (!/^(npm|pnpm)_/.test(key)) env[key] = value;
  return { ...env, NO_COLOR: "1", COREPACK_ENABLE_DOWNLOAD_PROMPT: "0", CI: process.env.CI };
}

/**
 * `pnpm pack` of the workspace packages in `dirs` (relative to the repo) into `destination`: one
 * recursive pnpm call, in the order of `dirs`.
 */
export async function packPackages(dirs: readonly string[], destination: string): Promise<PackedPackage[]> {
  const filters = dirs.flatMap((dir) => ["--filter", `./${dir}`]);
  const packed = await execa(
    "corepack",
    ["pnpm", "--recursive", ...filters, "pack", "--json", "--pack-destination", destination],
    { cwd: REPO_ROOT, env: cleanEnv(), extendEnv: false },
  );
  const parsed = JSON.parse(packed.stdout) as PackJson | PackJson[];
  const byName = new Map((Array.isArray(parsed) ? parsed : [parsed]).map((p) => [p.name, p]));
  return Promise.all(
    dirs.map(async (dir) => {
      const name = (
        JSON.parse(await readFile(path.join(REPO_ROOT, dir, "package.json"), "utf8")) as { name: string }
      ).name;
      const result = byName.get(name);
      if (!result) throw new Error(`pnpm pack did not pack ${dir} (${name}): ${packed.stdout.slice(0, 500)}`);
      const manifest = await execa("tar", ["-xzOf", result.filename, "package/package.json"]);
      return {
        dir,
        name,
        tarball: result.filename,
        files: result.files.map((f) => f.path),
        manifest: JSON.parse(manifest.stdout) as Record<string, unknown>,
      };
    }),
  );
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

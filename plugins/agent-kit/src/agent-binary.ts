// Finds an agent CLI (a configured path, PATH, or an installed npm package's bin) and reads its version.
import { execFile } from "node:child_process";
import { accessSync, constants, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { delimiter, dirname, isAbsolute, join, resolve } from "node:path";

/** Where to look for an agent CLI. */
export interface FindAgentBinaryOptions {
  /** A path or command name the user configured; when set, only it is tried. */
  configured?: string;
  /** Command names on PATH (`opencode`). */
  names: readonly string[];
  /** npm packages whose bin provides the CLI, tried from `from` (e.g. `{ pkg: "opencode-ai", bin: "opencode" }`). */
  packages?: ReadonlyArray<{ pkg: string; bin: string }>;
  /** Module URL or folder to resolve packages from (default this module). */
  from?: string;
  /** PATH to search (default the parent's). */
  path?: string;
  /** Rejects a candidate found on PATH (e.g. a launcher stub that cannot run). */
  accept?(path: string): boolean;
}

/** An agent CLI found, and where it came from. */
export interface FoundBinary {
  path: string;
  source: "config" | "path" | "package";
}

/** Finds the agent CLI, or returns undefined with the places tried in `tried`. */
export function findAgentBinary(options: FindAgentBinaryOptions): { found?: FoundBinary; tried: string[] } {
  const tried: string[] = [];
  const folders = (options.path ?? process.env.PATH ?? "").split(delimiter).filter(Boolean);
  const onPath = (name: string): string | undefined => {
    if (name.includes("/")) {
      const full = isAbsolute(name) ? name : resolve(name);
      tried.push(full);
      return isExecutable(full) ? full : undefined;
    }
    for (const folder of folders) {
      const full = resolve(folder, name);
      if (isExecutable(full) && (options.accept?.(full) ?? true)) return full;
    }
    tried.push(`${name} on PATH`);
    return undefined;
  };
  if (options.configured) {
    const path = onPath(options.configured);
    return { ...(path ? { found: { path, source: "config" as const } } : {}), tried };
  }
  for (const name of options.names) {
    const path = onPath(name);
    if (path) return { found: { path, source: "path" }, tried };
  }
  const require = createRequire(options.from ?? import.meta.url);
  for (const { pkg, bin } of options.packages ?? []) {
    const path = packageBin(require, pkg, bin);
    if (path && isExecutable(path)) return { found: { path, source: "package" }, tried };
    tried.push(`npm package ${pkg}`);
  }
  return { tried };
}

/** The file of a package's `bin` entry, resolved from `require`. */
export function packageBin(require: NodeJS.Require, pkg: string, bin: string): string | undefined {
  try {
    const manifestPath = require.resolve(`${pkg}/package.json`);
    const manifest = JSON.parse(readFileSync(manifestPath, "utf8")) as {
      bin?: string | Record<string, string>;
    };
    const entry = typeof manifest.bin === "string" ? manifest.bin : manifest.bin?.[bin];
    return entry ? join(dirname(manifestPath), entry) : undefined;
  } catch {
    return undefined;
  }
}

/** Runs `<binary> <args>` with a plain environment and returns the first version-looking word. */
export function readAgentVersion(
  binary: string,
  args: readonly string[] = ["--version"],
  timeoutMs = 15_000,
): Promise<string | undefined> {
  return new Promise((resolveVersion) => {
    execFile(
      binary,
      [...args],
      {
        timeout: timeoutMs,
        env: { PATH: `${dirname(process.execPath)}${delimiter}${process.env.PATH ?? ""}`, NO_COLOR: "1" },
      },
      (error, stdout) => {
        if (error) return resolveVersion(undefined);
        resolveVersion(/\d+\.\d+\.\d+[\w.+-]*/.exec(stdout)?.[0] ?? (stdout.trim() || undefined));
      },
    );
  });
}

function isExecutable(path: string): boolean {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

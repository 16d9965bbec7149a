// Loads the bundled CLI (dist/cli.cjs) with V8's code cache: the compiled code of an earlier start is
// kept in the user's cache folder, so a start skips compiling ~1 MB of JavaScript. Node 20 has no code
// cache for ES modules, so the bundle is CommonJS run through `vm.Script`, whose `cachedData` is that
// cache. Code run from a code cache cannot call `import()`, so the bundle's imports of plugins and
// module configs go through `__blImport`, given here. A missing, stale or unwritable cache only costs
// speed: the bundle then compiles as usual.
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { homedir } from "node:os";
import path from "node:path";
import vm from "node:vm";

/** What the bundle exports (see cli-entry.ts). */
export type CliModule = typeof import("./cli-entry.js");

/** A bundle loaded, and how to keep its compiled code for the next start. */
export interface LoadedBundle {
  cli: CliModule;
  /** What became of the code cache: none kept yet, used, refused by V8 (stale), or turned off. */
  codeCache: "absent" | "accepted" | "refused" | "off";
  /** Writes the code cache when there was none or V8 refused it; never throws. */
  saveCodeCache(): void;
}

/**
 * The folder for the code cache: `BENCHLOOP_COMPILE_CACHE` (empty or `0` turns it off), else
 * `$XDG_CACHE_HOME/benchloop/compile`, else `~/.cache/benchloop/compile`.
 */
export function codeCacheFolder(env: NodeJS.ProcessEnv = process.env): string | undefined {
  const asked = env.BENCHLOOP_COMPILE_CACHE;
  if (asked !== undefined) return asked === "" || asked === "0" ? undefined : asked;
  const base = env.XDG_CACHE_HOME || path.join(homedir(), ".cache");
  return path.join(base, "benchloop", "compile");
}

/** The code cache file of a bundle: one per bundle build (size and modification time) and V8 version. */
export function codeCacheFile(bundleFile: string, cacheFolder: string): string {
  const { size, mtimeMs } = statSync(bundleFile);
  return path.join(cacheFolder, `cli-${process.versions.v8}-${size}-${Math.trunc(mtimeMs)}.bin`);
}

/** Caches of other builds untouched for this long are removed when a new one is written. */
const STALE_CACHE_MS = 7 * 24 * 60 * 60 * 1000;

/** Removes the code caches of other builds (other versions, older installs) not written for a week. */
function removeStaleCaches(folder: string, keep: string): void {
  const now = Date.now();
  for (const name of readdirSync(folder)) {
    const file = path.join(folder, name);
    if (file === keep || !/^cli-.*\.bin$/.test(name)) continue;
    try {
      if (now - statSync(file).mtimeMs > STALE_CACHE_MS) rmSync(file, { force: true });
    } catch {
      // Another start removed it first.
    }
  }
}

/** Loads the CommonJS bundle at `file`, using and keeping a code cache in `cacheFolder` when given. */
export function loadBundle(file: string, cacheFolder: string | undefined): LoadedBundle {
  const source = readFileSync(file, "utf8");
  const cacheFile = cacheFolder ? codeCacheFile(file, cacheFolder) : undefined;
  let cachedData: Buffer | undefined;
  if (cacheFile) {
    try {
      cachedData = readFileSync(cacheFile);
    } catch {
      cachedData = undefined;
    }
  }
  const script = new vm.Script(
    `(function (exports, require, module, __filename, __dirname, __blImport) {${source}\n})`,
    {
      filename: file,
      cachedData,
    },
  );
  const module = { exports: {} as CliModule };
  const wrapper = script.runInThisContext() as (...args: unknown[]) => void;
  // Code from the cache cannot call `import()`; the bundle's imports of plugins come through here.
  const importModule = (url: string): Promise<unknown> => import(url);
  wrapper(module.exports, createRequire(file), module, file, path.dirname(file), importModule);
  return {
    cli: module.exports,
    codeCache: !cacheFile
      ? "off"
      : cachedData === undefined
        ? "absent"
        : script.cachedDataRejected
          ? "refused"
          : "accepted",
    saveCodeCache() {
      if (!cacheFile || (cachedData !== undefined && !script.cachedDataRejected)) return;
      try {
        // Written after the command ran, so the functions it compiled lazily are in it too.
        const data = script.createCachedData();
        mkdirSync(cacheFolder!, { recursive: true });
        const temp = `${cacheFile}.${process.pid}.tmp`;
        writeFileSync(temp, data);
        renameSync(temp, cacheFile);
        removeStaleCaches(cacheFolder!, cacheFile);
      } catch {
        // A read-only or full disk: the next start compiles again.
      }
    },
  };
}

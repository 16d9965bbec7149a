// Finds plugins in three places — built-ins handed in by the CLI, `plugins: [...]` in the config, and
// installed packages whose package.json has `"benchloop": { "plugin": "<entry>" }` — and loads each
// into the registry. A plugin that fails is reported with its reason; the others keep working.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { readFile, stat } from "node:fs/promises";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { BenchloopError, toBenchloopError } from "../errors/benchloop-error.js";
import {
  pluginExportInvalid,
  pluginLoadFailed,
  pluginNotFound,
  pluginRegisterFailed,
} from "../errors/catalog.js";
import type { ComponentKind } from "./contracts.js";
import { type BenchloopPlugin, isPlugin } from "./define-plugin.js";
import { importModule } from "./import-module.js";
import type { PluginOrigin, Registry } from "./registry.js";

/** A plugin the CLI ships with, already imported. */
export interface BuiltinPlugin {
  /** The plugin module's namespace or its plugin object. */
  module: unknown;
  version: string;
}

/** What discovery found about one plugin. */
export interface PluginReport {
  name: string;
  version: string;
  origin: PluginOrigin;
  /** Where it was loaded from (entry file) or the specifier that failed. */
  location?: string;
  status: "loaded" | "failed";
  kinds: ComponentKind[];
  components: { kind: ComponentKind; id: string }[];
  error?: BenchloopError;
}

/** Options of {@link discoverPlugins}. */
export interface DiscoverPluginsOptions {
  cwd: string;
  builtins?: BuiltinPlugin[];
  /** `plugins` from the config: package names or paths. */
  configPlugins?: string[];
  /** The config file, for resolving relative paths and naming it in errors. */
  configFile?: string;
  /** Scan `<cwd>/node_modules` for installed plugins (default true). */
  scanInstalled?: boolean;
}

interface PackageJson {
  name?: string;
  version?: string;
  main?: string;
  exports?: unknown;
  benchloop?: { plugin?: string };
}

async function readPackageJson(dir: string): Promise<PackageJson | undefined> {
  try {
    return JSON.parse(await readFile(path.join(dir, "package.json"), "utf8")) as PackageJson;
  } catch {
    return undefined;
  }
}

function entryOf(pkg: PackageJson): string {
  if (pkg.benchloop?.plugin) return pkg.benchloop.plugin;
  const exp = pkg.exports;
  if (typeof exp === "string") return exp;
  if (exp && typeof exp === "object") {
    const dot = (exp as Record<string, unknown>)["."] ?? exp;
    if (typeof dot === "string") return dot;
    if (dot && typeof dot === "object") {
      const d = dot as Record<string, unknown>;
      const pick = d.import ?? d.default ?? d.node;
      if (typeof pick === "string") return pick;
    }
  }
  return pkg.main ?? "index.js";
}

/** Finds `<dir>/node_modules/<name>` walking up from `from`. */
function findPackageDir(name: string, from: string): string | undefined {
  let dir = path.resolve(from);
  for (;;) {
    const candidate = path.join(dir, "node_modules", name);
    if (existsSync(path.join(candidate, "package.json"))) return candidate;
    const parent = path.dirname(dir);
    if (parent === dir) return undefined;
    dir = parent;
  }
}

async function nearestPackageJson(file: string): Promise<PackageJson | undefined> {
  let dir = path.dirname(file);
  for (;;) {
    const pkg = await readPackageJson(dir);
    if (pkg) return pkg;
    const parent = path.dirname(dir);
    if (parent === dir) return undefined;
    dir = parent;
  }
}

function pickPlugin(mod: unknown, label: string): BenchloopPlugin {
  if (isPlugin(mod)) return mod;
  if (typeof mod !== "object" || mod === null) throw pluginExportInvalid(label, "the module exports nothing");
  const record = mod as Record<string, unknown>;
  if (isPlugin(record.default)) return record.default;
  const named = Object.values(record).filter(isPlugin);
  if (named.length === 1 && named[0]) return named[0];
  if (named.length > 1) throw pluginExportInvalid(label, "it exports several plugins and no default one");
  return (() => {
    throw pluginExportInvalid(
      label,
      record.default === undefined
        ? "it has no default export"
        : "its default export was not made with definePlugin",
    );
  })();
}

interface Candidate {
  origin: PluginOrigin;
  label: string;
  load: () => Promise<{ module: unknown; version: string; location?: string }>;
  name?: string;
}

async function loadFromDir(
  dir: string,
  label: string,
  from?: string,
): Promise<{ module: unknown; version: string; location: string }> {
  const pkg = await readPackageJson(dir);
  if (!pkg) throw pluginNotFound(label, `no package.json in ${dir}`);
  const entry = path.resolve(dir, entryOf(pkg));
  if (!existsSync(entry))
    throw pluginNotFound(
      label,
      `its entry ${path.relative(process.cwd(), entry) || entry} does not exist (is it built?)`,
    );
  return {
    module: await importOrExplain(entry, label, from),
    version: pkg.version ?? "0.0.0",
    location: entry,
  };
}

/**
 * Imports a plugin module that exists. Whatever the import throws (a syntax error, a missing
 * dependency of the plugin, a throw at the top level) means the plugin was found and failed to load.
 * @throws PLUGIN_LOAD_FAILED naming the file and the original error
 */
async function importOrExplain(file: string, label: string, from?: string): Promise<unknown> {
  try {
    return await importModule(pathToFileURL(file).href);
  } catch (error) {
    throw pluginLoadFailed(label, file, error, from);
  }
}

function configCandidate(specifier: string, options: DiscoverPluginsOptions): Candidate {
  const base = options.configFile ? path.dirname(options.configFile) : options.cwd;
  const isPath = specifier.startsWith(".") || specifier.startsWith("/") || /^[A-Za-z]:[\\/]/.test(specifier);
  return {
    origin: "config",
    label: specifier,
    load: async () => {
      try {
        if (isPath) {
          const target = path.resolve(base, specifier);
          if (!existsSync(target))
            throw pluginNotFound(specifier, `${target} does not exist`, options.configFile);
          if ((await stat(target)).isDirectory())
            return await loadFromDir(target, specifier, options.configFile);
          const pkg = await nearestPackageJson(target);
          return {
            module: await importOrExplain(target, specifier, options.configFile),
            version: pkg?.version ?? "0.0.0",
            location: target,
          };
        }
        const dir = findPackageDir(specifier, base);
        if (!dir)
          throw pluginNotFound(
            specifier,
            `no package named ${specifier} is installed under ${base}`,
            options.configFile,
          );
        return await loadFromDir(dir, specifier, options.configFile);
      } catch (error) {
        if (BenchloopError.is(error)) throw error;
        throw pluginNotFound(
          specifier,
          error instanceof Error ? error.message : String(error),
          options.configFile,
        );
      }
    },
  };
}

function readPackageJsonSync(dir: string): PackageJson | undefined {
  try {
    return JSON.parse(readFileSync(path.join(dir, "package.json"), "utf8")) as PackageJson;
  } catch {
    return undefined;
  }
}

/**
 * The installed packages that declare a plugin, in name order. Read synchronously: a project may
 * install hundreds of packages, and small synchronous reads cost a fraction of as many asynchronous
 * ones at start-up, when nothing else waits.
 */
async function installedCandidates(cwd: string): Promise<Candidate[]> {
  const root = path.join(cwd, "node_modules");
  const names: string[] = [];
  let top: string[] = [];
  try {
    top = readdirSync(root).sort();
  } catch {
    return [];
  }
  for (const name of top) {
    if (name.startsWith(".")) continue;
    if (name.startsWith("@")) {
      let scoped: string[] = [];
      try {
        scoped = readdirSync(path.join(root, name));
      } catch {}
      for (const inner of scoped.sort()) names.push(`${name}/${inner}`);
    } else names.push(name);
  }
  const candidates: Candidate[] = [];
  for (const name of names) {
    const dir = path.join(root, name);
    if (!readPackageJsonSync(dir)?.benchloop?.plugin) continue;
    candidates.push({ origin: "installed", label: name, name, load: () => loadFromDir(dir, name) });
  }
  return candidates;
}

/**
 * Discovers and registers plugins. Never throws for a bad plugin: each failure is a report with
 * `status: "failed"` and a BenchloopError saying why (wrong apiVersion, bad export, throwing register,
 * id conflict, not found).
 */
export async function discoverPlugins(
  registry: Registry,
  options: DiscoverPluginsOptions,
): Promise<PluginReport[]> {
  const candidates: Candidate[] = [];
  for (const builtin of options.builtins ?? []) {
    candidates.push({
      origin: "builtin",
      label: "builtin",
      load: async () => ({ module: builtin.module, version: builtin.version }),
    });
  }
  for (const specifier of options.configPlugins ?? []) candidates.push(configCandidate(specifier, options));
  if (options.scanInstalled !== false) candidates.push(...(await installedCandidates(options.cwd)));

  const reports: PluginReport[] = [];
  const loadedNames = new Set<string>();
  for (const candidate of candidates) {
    if (candidate.name && loadedNames.has(candidate.name)) continue;
    let name = candidate.name ?? candidate.label;
    let version = "0.0.0";
    let location: string | undefined;
    try {
      const loaded = await candidate.load();
      version = loaded.version;
      location = loaded.location;
      const plugin = pickPlugin(loaded.module, name);
      name = typeof plugin.name === "string" && plugin.name ? plugin.name : name;
      if (loadedNames.has(name)) continue;
      let entries: ReturnType<Registry["addPlugin"]>;
      try {
        entries = registry.addPlugin(plugin, version);
      } catch (error) {
        throw BenchloopError.is(error) ? error : pluginRegisterFailed(name, error);
      }
      loadedNames.add(name);
      reports.push({
        name,
        version,
        origin: candidate.origin,
        location,
        status: "loaded",
        kinds: [...new Set(entries.map((e) => e.kind))],
        components: entries.map((e) => ({ kind: e.kind, id: e.id })),
      });
    } catch (error) {
      reports.push({
        name,
        version,
        origin: candidate.origin,
        location,
        status: "failed",
        kinds: [],
        components: [],
        error: toBenchloopError(error),
      });
    }
  }
  return reports;
}

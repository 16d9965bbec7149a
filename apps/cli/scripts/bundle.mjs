// Bundles the built CLI (dist/cli-entry.js and everything it imports: core, the built-in plugins, their
// libraries) into one CommonJS file, dist/cli.cjs, so `benchloop` starts without resolving hundreds of
// modules and, through V8's code cache (see src/load-bundle.ts), without compiling them. Run after `tsc`;
// dist/main.js (the binary) loads the bundle when it is there.
//
// What a bundle would otherwise change is kept as it was:
// - `import.meta.url` in a bundled file of a package is the URL of that file in its installed package
//   (found at run time through the package's own resolution), so assets, runner scripts and
//   `createRequire` resolve where they did;
// - esbuild (a native binary) stays a separate package, required on first use from the package that
//   imports it;
// - the built-in plugins' versions are those of the code bundled.
import { readdir, readFile, rm } from "node:fs/promises";
import { createRequire } from "node:module";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { build } from "esbuild";

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const dist = path.join(root, "dist");
const requireHere = createRequire(path.join(root, "package.json"));

/** The package a file belongs to: its folder, name and dependencies (nearest package.json up). */
const packageCache = new Map();
async function packageOf(file) {
  let dir = path.dirname(file);
  for (;;) {
    if (packageCache.has(dir)) return packageCache.get(dir);
    const manifest = await readFile(path.join(dir, "package.json"), "utf8").then(JSON.parse, () => undefined);
    if (manifest?.name) {
      const found = { dir, name: manifest.name, manifest };
      packageCache.set(dir, found);
      return found;
    }
    const parent = path.dirname(dir);
    if (parent === dir) return undefined;
    dir = parent;
  }
}

/**
 * How the CLI reaches a package at run time: the chain of package names to resolve one from the other,
 * starting at the CLI (e.g. harness-codex, then agent-kit), found breadth first over dependencies.
 */
const chains = new Map();
async function chainTo(target) {
  if (chains.has(target)) return chains.get(target);
  const self = await packageOf(path.join(root, "package.json"));
  const queue = [{ dir: self.dir, manifest: self.manifest, chain: [] }];
  const seen = new Set([self.name]);
  while (queue.length > 0) {
    const { dir, manifest, chain } = queue.shift();
    for (const name of Object.keys({ ...manifest.dependencies, ...manifest.peerDependencies })) {
      if (seen.has(name)) continue;
      seen.add(name);
      let found;
      try {
        found = await packageOf(
          createRequire(path.join(dir, "package.json")).resolve(`${name}/package.json`),
        );
      } catch {
        continue;
      }
      const next = [...chain, name];
      if (found.dir === target) {
        chains.set(target, next);
        return next;
      }
      queue.push({ dir: found.dir, manifest: found.manifest, chain: next });
    }
  }
  throw new Error(`${target} is bundled but not reachable from the CLI's dependencies`);
}

/** Run-time helpers the bundle starts with (the URL of a bundled module's file in its package). */
const BANNER = `const { createRequire: __blCreateRequire } = require("node:module");
const { pathToFileURL: __blPathToFileURL } = require("node:url");
const __blSelfUrl = __blPathToFileURL(__filename).href;
const __blPackageUrls = new Map();
function __blPackageUrl(chain) {
  const key = chain.join(" ");
  let url = __blPackageUrls.get(key);
  if (url === undefined) {
    url = __blSelfUrl;
    for (const name of chain) url = __blPathToFileURL(__blCreateRequire(url).resolve(name + "/package.json")).href;
    __blPackageUrls.set(key, url);
  }
  return url;
}
function __blModuleUrl(chain, file) {
  return new URL(file, __blPackageUrl(chain)).href;
}`;

/** Replaces `import.meta.url` in bundled files by the URL of the file where it was installed. */
const moduleUrls = {
  name: "module-urls",
  setup(bundle) {
    bundle.onLoad({ filter: /\.[cm]?js$/ }, async (args) => {
      const text = await readFile(args.path, "utf8");
      if (!text.includes("import.meta.url")) return undefined;
      const pkg = await packageOf(args.path);
      const relative = path.relative(pkg.dir, args.path).split(path.sep).join("/");
      const url =
        pkg.dir === root
          ? // The CLI's own files: every output file lands in dist/, beside them.
            `new URL(${JSON.stringify(`./${path.relative(dist, args.path).split(path.sep).join("/")}`)}, __blSelfUrl).href`
          : `__blModuleUrl(${JSON.stringify(await chainTo(pkg.dir))}, ${JSON.stringify(relative)})`;
      return { contents: text.replaceAll("import.meta.url", url), loader: "js" };
    });
  },
};

/**
 * Libraries bundled code gets as stand-ins that require the real package, from the package that imports
 * it, when first used: esbuild (a native binary, needed only to transpile), bullmq and ioredis (only
 * distributed runs and workers use them) and yaml (gate policies and
 * YAML policy targets; a sixth of the code every start would compile). Every export of the library has
 * a stand-in: a function or class is a proxy (calls, `new`, static members and `instanceof` reach the
 * real one), a constant is copied.
 */
const LAZY_LIBRARIES = ["esbuild", "yaml", "bullmq", "ioredis"];

const lazyLibraries = {
  name: "lazy-libraries",
  setup(bundle) {
    bundle.onResolve({ filter: new RegExp(`^(${LAZY_LIBRARIES.join("|")})$`) }, async (args) => {
      if (args.importer === "") return undefined;
      const pkg = await packageOf(args.importer);
      return {
        path: args.path,
        namespace: "lazy-library",
        pluginData: { dir: pkg.dir, chain: pkg.dir === root ? [] : await chainTo(pkg.dir) },
      };
    });
    bundle.onLoad({ filter: /.*/, namespace: "lazy-library" }, (args) => {
      const { dir, chain } = args.pluginData;
      const library = createRequire(path.join(dir, "package.json"))(args.path);
      const lines = [
        "let library;",
        `const load = () => (library ??= __blCreateRequire(__blPackageUrl(${JSON.stringify(chain)}))(${JSON.stringify(args.path)}));`,
        "const lazy = (name, target) => new Proxy(target, {",
        "  apply: (_, self, input) => Reflect.apply(load()[name], self, input),",
        "  construct: (_, input) => Reflect.construct(load()[name], input),",
        "  get: (_, key) => Reflect.get(load()[name], key),",
        "  has: (_, key) => Reflect.has(load()[name], key),",
        "});",
      ];
      for (const [name, value] of Object.entries(library)) {
        if (!/^[A-Za-z_$][\w$]*$/.test(name) || name === "default") continue;
        const standIn =
          typeof value === "function"
            ? `lazy(${JSON.stringify(name)}, function () {})`
            : typeof value === "object" && value !== null
              ? `lazy(${JSON.stringify(name)}, {})`
              : (JSON.stringify(value) ?? "undefined");
        lines.push(`export const ${name} = ${standIn};`);
      }
      return { contents: lines.join("\n"), loader: "js" };
    });
  },
};

/**
 * zod's `locales` in the bundle: English only. Nothing in benchloop switches zod's language, and the
 * other locales are about a third of the code compiled at every start.
 */
const zodEnglishOnly = {
  name: "zod-english-only",
  setup(bundle) {
    bundle.onResolve({ filter: /\/locales\/index\.js$/ }, (args) =>
      /[\\/]zod[\\/]/.test(args.importer)
        ? { path: path.join(path.dirname(args.importer), "../locales/en.js"), namespace: "zod-locales" }
        : undefined,
    );
    bundle.onLoad({ filter: /.*/, namespace: "zod-locales" }, (args) => ({
      contents: `export { default as en } from ${JSON.stringify(args.path)};`,
      loader: "js",
      resolveDir: path.dirname(args.path),
    }));
  },
};

/**
 * Code run from V8's code cache cannot call `import()` (Node gives it no loader), so core's one
 * `import()` of unbundled modules (plugins, module configs) calls `__blImport`, which the loader passes
 * in (see src/load-bundle.ts). The build fails on any other `import()` left in the bundle.
 */
const routedImports = {
  name: "routed-imports",
  setup(bundle) {
    bundle.onLoad({ filter: /[\\/]plugin[\\/]import-module\.js$/ }, async (args) =>
      (await packageOf(args.path))?.name === "@benchloop/core"
        ? { contents: "export function importModule(url) { return __blImport(url); }", loader: "js" }
        : undefined,
    );
  },
};

/** Versions of the built-in plugins as bundled (the CLI's dependencies named @benchloop/*). */
async function builtinVersions() {
  const manifest = JSON.parse(await readFile(path.join(root, "package.json"), "utf8"));
  const versions = {};
  for (const name of Object.keys(manifest.dependencies)) {
    if (!name.startsWith("@benchloop/")) continue;
    versions[name] = JSON.parse(await readFile(requireHere.resolve(`${name}/package.json`), "utf8")).version;
  }
  return versions;
}

// Chunks and entry of earlier builds (ES module bundles before the CommonJS one).
for (const name of await readdir(dist)) if (/^chunk-\w+\.js$/.test(name)) await rm(path.join(dist, name));

const { metafile } = await build({
  entryPoints: [path.join(dist, "cli-entry.js")],
  outfile: path.join(dist, "cli.cjs"),
  bundle: true,
  format: "cjs",
  platform: "node",
  target: "node20",
  // Less text to parse on a start without a code cache; names are kept, so stack traces still read.
  minifyWhitespace: true,
  minifySyntax: true,
  // Libraries with both a CommonJS "main" and an ES module build are bundled from the module build.
  mainFields: ["module", "main"],
  banner: { js: BANNER },
  define: { BENCHLOOP_BUILTIN_VERSIONS: JSON.stringify(await builtinVersions()) },
  plugins: [routedImports, moduleUrls, lazyLibraries, zodEnglishOnly],
  logLevel: "warning",
  metafile: true,
});
const unrouted = Object.entries(metafile.inputs).flatMap(([input, { imports }]) =>
  imports.filter((i) => i.kind === "dynamic-import" && i.external).map((i) => `${input}: import(${i.path})`),
);
if (unrouted.length > 0) {
  throw new Error(
    `import() of unbundled modules fails in code run from the code cache; use core's importModule:\n${unrouted.join("\n")}`,
  );
}

// The start the binary requires (bin/benchloop.cjs): the bundle loader alone, as CommonJS. `import()` is
// kept as it is (plugins are ES modules, which `require` cannot load on Node 20).
await build({
  entryPoints: [path.join(dist, "start.js")],
  outfile: path.join(dist, "start.cjs"),
  bundle: true,
  format: "cjs",
  platform: "node",
  target: "node20",
  supported: { "dynamic-import": true },
  logLevel: "warning",
});

// The built-in plugins: the only place that knows the list, with the component kinds each registers,
// so a command loads only the plugins of the kinds it uses (`run` loads no exporter, `export` no
// harness). Each is imported on first use; importing one does no I/O (plugins only declare components).
import { createRequire } from "node:module";
import type { BuiltinPlugin, ComponentKind } from "@benchloop/core";

const require = createRequire(import.meta.url);

/** Versions of the built-in plugins, set when the CLI is bundled (`scripts/bundle.mjs`): the code's own. */
declare const BENCHLOOP_BUILTIN_VERSIONS: Readonly<Record<string, string>> | undefined;

/** A built-in plugin: its package, the kinds of component it registers, and its lazy import. */
interface BuiltinEntry {
  name: string;
  kinds: readonly ComponentKind[];
  load(): Promise<unknown>;
}

const SOURCE_AND_SCORER: readonly ComponentKind[] = ["test-source", "scorer"];

/** Every built-in plugin. */
const BUILTINS: readonly BuiltinEntry[] = [
  { name: "@benchloop/exporter-csv", kinds: ["exporter"], load: () => import("@benchloop/exporter-csv") },
  { name: "@benchloop/exporter-html", kinds: ["exporter"], load: () => import("@benchloop/exporter-html") },
  { name: "@benchloop/exporter-json", kinds: ["exporter"], load: () => import("@benchloop/exporter-json") },
  {
    name: "@benchloop/exporter-markdown",
    kinds: ["exporter"],
    load: () => import("@benchloop/exporter-markdown"),
  },
  { name: "@benchloop/gate-profile", kinds: ["gate-policy"], load: () => import("@benchloop/gate-profile") },
  { name: "@benchloop/harness-codex", kinds: ["harness"], load: () => import("@benchloop/harness-codex") },
  { name: "@benchloop/harness-goose", kinds: ["harness"], load: () => import("@benchloop/harness-goose") },
  { name: "@benchloop/harness-ollama", kinds: ["harness"], load: () => import("@benchloop/harness-ollama") },
  { name: "@benchloop/harness-openai", kinds: ["harness"], load: () => import("@benchloop/harness-openai") },
  {
    name: "@benchloop/harness-opencode",
    kinds: ["harness"],
    load: () => import("@benchloop/harness-opencode"),
  },
  {
    name: "@benchloop/harness-qwen-code",
    kinds: ["harness"],
    load: () => import("@benchloop/harness-qwen-code"),
  },
  { name: "@benchloop/scorer-judge", kinds: ["scorer"], load: () => import("@benchloop/scorer-judge") },
  {
    name: "@benchloop/source-legacy",
    kinds: SOURCE_AND_SCORER,
    load: () => import("@benchloop/source-legacy"),
  },
  {
    name: "@benchloop/tests-coding",
    kinds: SOURCE_AND_SCORER,
    load: () => import("@benchloop/tests-coding"),
  },
  { name: "@benchloop/target-file", kinds: ["policy-target"], load: () => import("@benchloop/target-file") },
  { name: "@benchloop/target-http", kinds: ["policy-target"], load: () => import("@benchloop/target-http") },
  {
    name: "@benchloop/tests-prompt-pack",
    kinds: SOURCE_AND_SCORER,
    load: () => import("@benchloop/tests-prompt-pack"),
  },
];

function versionOf(packageName: string): string {
  const bundled =
    typeof BENCHLOOP_BUILTIN_VERSIONS === "undefined" ? undefined : BENCHLOOP_BUILTIN_VERSIONS[packageName];
  return bundled ?? (require(`${packageName}/package.json`) as { version: string }).version;
}

/**
 * Built-in plugin modules with their package versions: those registering any of `kinds`, or all.
 * @param kinds the component kinds a command uses; undefined loads every plugin
 */
export async function loadBuiltinPlugins(kinds?: readonly ComponentKind[]): Promise<BuiltinPlugin[]> {
  const wanted = BUILTINS.filter((entry) => !kinds || entry.kinds.some((kind) => kinds.includes(kind)));
  return Promise.all(
    wanted.map(async (entry) => ({ module: await entry.load(), version: versionOf(entry.name) })),
  );
}

/** The simulator library (`benchloop sim`, `--demo`), loaded on first use. */
export function loadSimulator(): Promise<typeof import("@benchloop/ollama-sim")> {
  return import("@benchloop/ollama-sim");
}

/**
 * The demo's answer book: the demo answers of the built-in test sources (the coding catalog, the
 * shipped role packs and, with `legacyRoots`, the legacy cases of those roots).
 * @throws CONFIG_INVALID when a legacy root does not exist or is not a folder
 */
export async function loadDemoAnswerBook(cwd: string, options: { legacyRoots?: string[] } = {}) {
  const [coding, packs, legacy] = await Promise.all([
    import("@benchloop/tests-coding"),
    import("@benchloop/tests-prompt-pack"),
    import("@benchloop/source-legacy"),
  ]);
  const { legacyRoots } = options;
  return [
    ...(await coding.demoAnswers()),
    ...(await packs.demoAnswers()),
    ...(await legacy.demoAnswers({ cwd, legacyRoots })),
  ];
}

/** The coding catalog's check (`tests check`), loaded on first use. */
export function loadCatalogCheck() {
  return import("@benchloop/tests-coding");
}

/** The legacy source's case preview (`legacy cases`), loaded on first use. */
export function loadLegacySource() {
  return import("@benchloop/source-legacy");
}

/** The LLM judge (`benchloop judge`), loaded on first use. */
export function loadJudge() {
  return import("@benchloop/scorer-judge");
}

// The built-in plugins: the only place that knows the list, with the component kinds each registers,
// so a command loads only the plugins of the kinds it uses (`run` loads no exporter, `export` no
// harness). Each is imported on first use; importing one does no I/O (plugins only declare components).
import { createRequire } from "node:module";
import type { BuiltinPlugin, ComponentKind, DemoSimulator } from "@benchloop/core";

const require = createRequire(import.meta.url);

/** Versions of the built-in plugins, set when the CLI is bundled (`scripts/bundle.mjs`): the code's own. */
declare const BENCHLOOP_BUILTIN_VERSIONS: Readonly<Record<string, string>> | undefined;

/** What each built-in plugin registers, by package. */
const KINDS: Readonly<Record<string, readonly ComponentKind[]>> = {
  "@benchloop/exporter-csv": ["exporter"],
  "@benchloop/exporter-html": ["exporter"],
  "@benchloop/exporter-json": ["exporter"],
  "@benchloop/exporter-markdown": ["exporter"],
  "@benchloop/executor-bullmq": ["executor"],
  "@benchloop/gate-profile": ["gate-policy"],
  "@benchloop/gate-threshold": ["gate-policy"],
  "@benchloop/harness-codex": ["harness"],
  "@benchloop/harness-goose": ["harness"],
  "@benchloop/harness-ollama": ["harness"],
  "@benchloop/harness-openai": ["harness"],
  "@benchloop/harness-opencode": ["harness"],
  "@benchloop/harness-qwen-code": ["harness"],
  "@benchloop/scorer-judge": ["scorer"],
  "@benchloop/source-legacy": ["test-source", "scorer"],
  "@benchloop/tests-coding": ["test-source", "scorer"],
  "@benchloop/target-file": ["policy-target"],
  "@benchloop/target-http": ["policy-target"],
  "@benchloop/tests-prompt-pack": ["test-source", "scorer"],
};

/** Each built-in plugin's import (literal, so the bundle holds it), run on first use. */
const LOADERS: Readonly<Record<string, () => Promise<unknown>>> = {
  "@benchloop/exporter-csv": () => import("@benchloop/exporter-csv"),
  "@benchloop/exporter-html": () => import("@benchloop/exporter-html"),
  "@benchloop/exporter-json": () => import("@benchloop/exporter-json"),
  "@benchloop/exporter-markdown": () => import("@benchloop/exporter-markdown"),
  "@benchloop/executor-bullmq": () => import("@benchloop/executor-bullmq"),
  "@benchloop/gate-profile": () => import("@benchloop/gate-profile"),
  "@benchloop/gate-threshold": () => import("@benchloop/gate-threshold"),
  "@benchloop/harness-codex": () => import("@benchloop/harness-codex"),
  "@benchloop/harness-goose": () => import("@benchloop/harness-goose"),
  "@benchloop/harness-ollama": () => import("@benchloop/harness-ollama"),
  "@benchloop/harness-openai": () => import("@benchloop/harness-openai"),
  "@benchloop/harness-opencode": () => import("@benchloop/harness-opencode"),
  "@benchloop/harness-qwen-code": () => import("@benchloop/harness-qwen-code"),
  "@benchloop/scorer-judge": () => import("@benchloop/scorer-judge"),
  "@benchloop/source-legacy": () => import("@benchloop/source-legacy"),
  "@benchloop/tests-coding": () => import("@benchloop/tests-coding"),
  "@benchloop/target-file": () => import("@benchloop/target-file"),
  "@benchloop/target-http": () => import("@benchloop/target-http"),
  "@benchloop/tests-prompt-pack": () => import("@benchloop/tests-prompt-pack"),
};

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
  const wanted = Object.keys(LOADERS).filter((name) => !kinds || KINDS[name]?.some((k) => kinds.includes(k)));
  return Promise.all(
    wanted.map(async (name) => ({ module: await LOADERS[name]!(), version: versionOf(name) })),
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

/** The simulator of `--demo` with the demo answer book of the built-in test sources, loaded on first use. */
export async function loadDemoSimulator(cwd: string) {
  const { startSim } = await loadSimulator();
  const answers = (legacyRoots?: string[]) => loadDemoAnswerBook(cwd, { legacyRoots });
  return { start: startSim, answers } satisfies DemoSimulator<Awaited<ReturnType<typeof answers>>[number]>;
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

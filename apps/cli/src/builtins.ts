// The built-in plugins: the only place that knows the list. Importing them does no I/O (plugins only
// declare components), so listing them here costs start-up time only for module evaluation.
import { createRequire } from "node:module";
import type { BuiltinPlugin } from "@benchloop/core";

const require = createRequire(import.meta.url);

/** Versions of the built-in plugins, set when the CLI is bundled (`scripts/bundle.mjs`): the code's own. */
declare const BENCHLOOP_BUILTIN_VERSIONS: Readonly<Record<string, string>> | undefined;

function versionOf(packageName: string): string {
  const bundled =
    typeof BENCHLOOP_BUILTIN_VERSIONS === "undefined" ? undefined : BENCHLOOP_BUILTIN_VERSIONS[packageName];
  return bundled ?? (require(`${packageName}/package.json`) as { version: string }).version;
}

/** Built-in plugin modules with their package versions. */
export async function loadBuiltinPlugins(): Promise<BuiltinPlugin[]> {
  const modules: [string, Promise<unknown>][] = [
    ["@benchloop/exporter-csv", import("@benchloop/exporter-csv")],
    ["@benchloop/exporter-html", import("@benchloop/exporter-html")],
    ["@benchloop/exporter-json", import("@benchloop/exporter-json")],
    ["@benchloop/exporter-markdown", import("@benchloop/exporter-markdown")],
    ["@benchloop/gate-profile", import("@benchloop/gate-profile")],
    ["@benchloop/gate-threshold", import("@benchloop/gate-threshold")],
    ["@benchloop/harness-codex", import("@benchloop/harness-codex")],
    ["@benchloop/harness-goose", import("@benchloop/harness-goose")],
    ["@benchloop/harness-ollama", import("@benchloop/harness-ollama")],
    ["@benchloop/harness-openai", import("@benchloop/harness-openai")],
    ["@benchloop/harness-opencode", import("@benchloop/harness-opencode")],
    ["@benchloop/harness-qwen-code", import("@benchloop/harness-qwen-code")],
    ["@benchloop/scorer-judge", import("@benchloop/scorer-judge")],
    ["@benchloop/source-legacy", import("@benchloop/source-legacy")],
    ["@benchloop/tests-coding", import("@benchloop/tests-coding")],
    ["@benchloop/target-file", import("@benchloop/target-file")],
    ["@benchloop/target-http", import("@benchloop/target-http")],
    ["@benchloop/tests-prompt-pack", import("@benchloop/tests-prompt-pack")],
  ];
  return Promise.all(modules.map(async ([name, mod]) => ({ module: await mod, version: versionOf(name) })));
}

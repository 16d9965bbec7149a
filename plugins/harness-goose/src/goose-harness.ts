// The `goose` harness: runs `goose run` headless per item (instructions on stdin, stream-json output,
// a turn limit) in a fresh workspace, with goose's provider pointed at benchloop's metering proxy.
// Built from goose's documented interface; it has not been run against a real goose.
import { createAgentHarness } from "@benchloop/agent-kit";
import type { ComponentDeps, Harness } from "@benchloop/core";
import type { GooseHarnessConfig } from "./config-schema.js";
import { parseGooseOutput } from "./goose-events.js";

/** Said in `probe` and the README: this harness follows goose's documentation only. */
export const GOOSE_UNVERIFIED_NOTE =
  "The goose harness was built from goose's documented headless interface and tested against recorded outputs of that format, not against a real goose.";

const INSTALL_HINT =
  "Install goose (https://block.github.io/goose/docs/getting-started/installation) or set harnesses.goose.binary.";

/** The arguments of `goose run` for one item. */
export function gooseArgs(maxTurns: number): string[] {
  return [
    "run",
    "--no-session",
    "--instructions",
    "-",
    "--output-format",
    "stream-json",
    "--max-turns",
    String(maxTurns),
    "--with-builtin",
    "developer",
  ];
}

/** goose's own variables: the provider at the proxy, the model, no keyring, no prompts. */
export function gooseEnv(input: {
  api: "ollama" | "openai";
  proxyUrl: string;
  model: string;
}): Record<string, string> {
  const common = {
    GOOSE_MODEL: input.model,
    GOOSE_MODE: "auto",
    GOOSE_DISABLE_KEYRING: "1",
    GOOSE_CLI_SHOW_COST: "false",
  };
  if (input.api === "ollama") return { ...common, GOOSE_PROVIDER: "ollama", OLLAMA_HOST: input.proxyUrl };
  return {
    ...common,
    GOOSE_PROVIDER: "openai",
    OPENAI_HOST: input.proxyUrl,
    OPENAI_BASE_PATH: "v1/chat/completions",
    OPENAI_API_KEY: "benchloop",
  };
}

/** Creates the `goose` harness. Creating it does no I/O. */
export function createGooseHarness(deps: ComponentDeps<GooseHarnessConfig>): Harness {
  const config = deps.config;
  return createAgentHarness({
    agent: "goose",
    deps,
    config,
    installHint: INSTALL_HINT,
    prepare: async ({ proxyUrl, task, request }) => ({
      args: gooseArgs(config.maxTurns),
      stdin: task,
      agentVars: gooseEnv({ api: config.api, proxyUrl, model: request.model }),
    }),
    parse: ({ stdout }) => parseGooseOutput(stdout),
    meta: { verifiedAgainstRealGoose: false },
    probeNote: GOOSE_UNVERIFIED_NOTE,
  });
}

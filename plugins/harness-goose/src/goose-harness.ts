// The `goose` harness: runs `goose run` headless per item (instructions on stdin, stream-json output,
// a turn limit) in a fresh workspace, with goose's provider pointed at benchloop's metering proxy.
// Built from goose's documented interface; it has not been run against a real goose.
import {
  findAgentBinary,
  probeAgent,
  readAgentVersion,
  runAgentItem,
  toUpstreamUrl,
} from "@benchloop/agent-kit";
import type { ComponentDeps, Generation, Harness, ItemContext, ProbeResult } from "@benchloop/core";
import { itemFailure } from "@benchloop/core";
import { type GooseHarnessConfig, GooseHarnessConfigSchema } from "./config-schema.js";
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
export function createGooseHarness(deps: ComponentDeps): Harness {
  const config: GooseHarnessConfig = GooseHarnessConfigSchema.parse(deps.config ?? {});
  const find = { ...(config.binary ? { configured: config.binary } : {}), names: ["goose"] };
  let version: string | undefined;

  return {
    async probe(ctx): Promise<ProbeResult> {
      const result = await probeAgent({
        agent: "goose",
        find,
        baseUrl: config.baseUrl,
        api: config.api,
        installHint: INSTALL_HINT,
        signal: ctx.signal,
      });
      if (result.version) version = result.version;
      const { binary: _binary, ...probe } = result;
      return {
        ...probe,
        reason: probe.reason ? `${probe.reason} ${GOOSE_UNVERIFIED_NOTE}` : GOOSE_UNVERIFIED_NOTE,
      };
    },

    async generate(request, ctx: ItemContext): Promise<Generation> {
      const binary = findAgentBinary(find).found?.path;
      if (!binary) {
        throw itemFailure({
          type: "crash",
          message: `goose was not found. ${INSTALL_HINT}`,
          retryable: false,
        });
      }
      version ??= await readAgentVersion(binary);
      return runAgentItem(
        {
          agent: "goose",
          binary,
          ...(version ? { version } : {}),
          model: request.model,
          request,
          baseUrl: toUpstreamUrl(config.baseUrl),
          timeoutMs: config.timeoutMs ?? ctx.timeoutMs,
          clock: deps.clock,
          protect: [deps.cwd],
          prepare: async ({ proxyUrl, task }) => ({
            args: gooseArgs(config.maxTurns),
            stdin: task,
            agentVars: gooseEnv({ api: config.api, proxyUrl, model: request.model }),
          }),
          parse: ({ stdout }) => parseGooseOutput(stdout),
          meta: { api: config.api, maxTurns: config.maxTurns, verifiedAgainstRealGoose: false },
        },
        ctx,
      );
    },
  };
}

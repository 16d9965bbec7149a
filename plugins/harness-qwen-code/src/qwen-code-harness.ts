// The `qwen-code` harness: runs Qwen Code non-interactively per item (task on stdin, JSON output, a
// turn limit, edits auto-approved and nothing else) with its OpenAI-compatible client at the proxy.
import {
  type FindAgentBinaryOptions,
  findAgentBinary,
  probeAgent,
  readAgentVersion,
  runAgentItem,
  toUpstreamUrl,
} from "@benchloop/agent-kit";
import type { ComponentDeps, Generation, Harness, ItemContext, ProbeResult } from "@benchloop/core";
import { itemFailure } from "@benchloop/core";
import { type QwenCodeHarnessConfig, QwenCodeHarnessConfigSchema } from "./config-schema.js";
import { parseQwenOutput } from "./qwen-events.js";

const INSTALL_HINT = "Install it with `npm i -g @qwen-code/qwen-code`, or set harnesses.qwen-code.binary.";

/** The arguments of `qwen` for one item. */
export function qwenArgs(maxTurns: number): string[] {
  return [
    "--auth-type",
    "openai",
    // Edits are approved (inside the item's folder); shell and other tools are not.
    "--approval-mode",
    "auto-edit",
    "--output-format",
    "json",
    "--max-session-turns",
    String(maxTurns),
  ];
}

/** Creates the `qwen-code` harness. Creating it does no I/O. */
export function createQwenCodeHarness(deps: ComponentDeps): Harness {
  const config: QwenCodeHarnessConfig = QwenCodeHarnessConfigSchema.parse(deps.config ?? {});
  const find: FindAgentBinaryOptions = {
    ...(config.binary ? { configured: config.binary } : {}),
    names: ["qwen"],
    packages: [{ pkg: "@qwen-code/qwen-code", bin: "qwen" }],
    from: import.meta.url,
  };
  let version: string | undefined;

  return {
    async probe(ctx): Promise<ProbeResult> {
      const result = await probeAgent({
        agent: "qwen-code",
        find,
        baseUrl: config.baseUrl,
        api: config.api,
        installHint: INSTALL_HINT,
        signal: ctx.signal,
      });
      if (result.version) version = result.version;
      const { binary: _binary, ...probe } = result;
      return probe;
    },

    async generate(request, ctx: ItemContext): Promise<Generation> {
      const binary = findAgentBinary(find).found?.path;
      if (!binary)
        throw itemFailure({
          type: "crash",
          message: `qwen was not found. ${INSTALL_HINT}`,
          retryable: false,
        });
      version ??= await readAgentVersion(binary);
      return runAgentItem(
        {
          agent: "qwen-code",
          binary,
          ...(version ? { version } : {}),
          model: request.model,
          request,
          baseUrl: toUpstreamUrl(config.baseUrl),
          timeoutMs: config.timeoutMs ?? ctx.timeoutMs,
          clock: deps.clock,
          protect: [deps.cwd],
          prepare: async ({ proxyUrl, task }) => ({
            args: qwenArgs(config.maxTurns),
            stdin: task,
            agentVars: {
              OPENAI_BASE_URL: `${proxyUrl}/v1`,
              OPENAI_API_KEY: "benchloop",
              OPENAI_MODEL: request.model,
            },
          }),
          parse: ({ stdout }) => parseQwenOutput(stdout),
          meta: { api: config.api, maxTurns: config.maxTurns },
        },
        ctx,
      );
    },
  };
}

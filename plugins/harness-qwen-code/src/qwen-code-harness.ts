// The `qwen-code` harness: runs Qwen Code non-interactively per item (task on stdin, JSON output, a
// turn limit, edits auto-approved and nothing else) with its OpenAI-compatible client at the proxy.
import { createAgentHarness } from "@benchloop/agent-kit";
import type { ComponentDeps, Harness } from "@benchloop/core";
import type { QwenCodeHarnessConfig } from "./config-schema.js";
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
export function createQwenCodeHarness(deps: ComponentDeps<QwenCodeHarnessConfig>): Harness {
  const config = deps.config;
  return createAgentHarness({
    agent: "qwen-code",
    deps,
    config,
    find: {
      names: ["qwen"],
      packages: [{ pkg: "@qwen-code/qwen-code", bin: "qwen" }],
      from: import.meta.url,
    },
    installHint: INSTALL_HINT,
    prepare: async ({ proxyUrl, task, request }) => ({
      args: qwenArgs(config.maxTurns),
      stdin: task,
      agentVars: {
        OPENAI_BASE_URL: `${proxyUrl}/v1`,
        OPENAI_API_KEY: "benchloop",
        OPENAI_MODEL: request.model,
      },
    }),
    parse: ({ stdout }) => parseQwenOutput(stdout),
  });
}

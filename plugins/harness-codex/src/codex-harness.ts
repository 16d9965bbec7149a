// The `codex` harness: runs `codex exec --json` per item in a fresh workspace, with a per-item
// `$CODEX_HOME/config.toml` pointing codex at benchloop's metering proxy, and returns a metered Generation.
import { mkdir, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { createAgentHarness } from "@benchloop/agent-kit";
import type { ComponentDeps, Harness } from "@benchloop/core";
import { CODEX_INSTALL_HINT, locateCodex } from "./codex-binary.js";
import { buildCodexConfig } from "./codex-config.js";
import { parseCodexEvents } from "./codex-events.js";
import type { CodexHarnessConfig } from "./config-schema.js";

/** The arguments of `codex` for one item; the task comes on stdin (`-`). */
const CODEX_ARGS: readonly string[] = [
  "exec",
  "--json",
  // The item's folder is not a git repository, and nothing of the session needs to outlive the item.
  "--skip-git-repo-check",
  "--ephemeral",
  // A config key this codex does not know fails the item instead of being ignored (the sandbox is in it).
  "--strict-config",
  "--color",
  "never",
  "-",
];

/** Creates the `codex` harness. Creating it does no I/O. */
export function createCodexHarness(deps: ComponentDeps<CodexHarnessConfig>): Harness {
  const config = deps.config;
  return createAgentHarness({
    agent: "codex",
    deps,
    config,
    locate: locateCodex,
    installHint: CODEX_INSTALL_HINT,
    async prepare({ workspace, proxyUrl, task, request }) {
      const codexHome = join(workspace.home, ".codex");
      await mkdir(codexHome, { recursive: true });
      await writeFile(join(codexHome, "config.toml"), buildCodexConfig({ proxyUrl, model: request.model }));
      return { args: [...CODEX_ARGS], stdin: task, agentVars: { CODEX_HOME: codexHome } };
    },
    parse: ({ stdout }) => parseCodexEvents(stdout),
    // codex exec has no turn limit; the item's time limit bounds it.
    meta: { maxTurns: null, sandbox: "workspace-write" },
  });
}

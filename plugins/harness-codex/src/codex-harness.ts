// The `codex` harness: runs `codex exec --json` per item in a fresh workspace, with a per-item
// `$CODEX_HOME/config.toml` pointing codex at benchloop's metering proxy, and returns a metered Generation.
import { mkdir, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { probeAgent, readAgentVersion, runAgentItem, toUpstreamUrl } from "@benchloop/agent-kit";
import type { ComponentDeps, Generation, Harness, ItemContext, ProbeResult } from "@benchloop/core";
import { itemFailure } from "@benchloop/core";
import { CODEX_INSTALL_HINT, locateCodex } from "./codex-binary.js";
import { buildCodexConfig } from "./codex-config.js";
import { parseCodexEvents } from "./codex-events.js";
import { type CodexHarnessConfig, CodexHarnessConfigSchema } from "./config-schema.js";

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
export function createCodexHarness(deps: ComponentDeps): Harness {
  const config: CodexHarnessConfig = CodexHarnessConfigSchema.parse(deps.config ?? {});
  let binary: string | undefined;
  let version: string | undefined;

  const notFound = (tried: readonly string[]) =>
    `codex was not found (looked at ${tried.join(", ")}). ${CODEX_INSTALL_HINT}`;

  async function requireBinary(): Promise<string> {
    if (binary) return binary;
    const located = locateCodex(config.binary);
    if (!located.path)
      throw itemFailure({ type: "crash", message: notFound(located.tried), retryable: false });
    binary = located.path;
    version ??= await readAgentVersion(binary);
    return binary;
  }

  return {
    async probe(ctx): Promise<ProbeResult> {
      const located = locateCodex(config.binary);
      if (!located.path)
        return { available: false, endpoint: config.baseUrl, reason: notFound(located.tried) };
      const result = await probeAgent({
        agent: "codex",
        find: { configured: located.path, names: [] },
        baseUrl: config.baseUrl,
        api: config.api,
        installHint: CODEX_INSTALL_HINT,
        signal: ctx.signal,
      });
      binary = located.path;
      if (result.version) version = result.version;
      const { binary: _found, ...probe } = result;
      return probe;
    },

    async generate(request, ctx: ItemContext): Promise<Generation> {
      const path = await requireBinary();
      return runAgentItem(
        {
          agent: "codex",
          binary: path,
          ...(version ? { version } : {}),
          model: request.model,
          request,
          baseUrl: toUpstreamUrl(config.baseUrl),
          timeoutMs: config.timeoutMs ?? ctx.timeoutMs,
          clock: deps.clock,
          protect: [deps.cwd],
          async prepare({ workspace, proxyUrl, task }) {
            const codexHome = join(workspace.home, ".codex");
            await mkdir(codexHome, { recursive: true });
            await writeFile(
              join(codexHome, "config.toml"),
              buildCodexConfig({ proxyUrl, model: request.model }),
            );
            return { args: [...CODEX_ARGS], stdin: task, agentVars: { CODEX_HOME: codexHome } };
          },
          parse: ({ stdout }) => parseCodexEvents(stdout),
          // codex exec has no turn limit; the item's time limit bounds it.
          meta: { api: config.api, maxTurns: null, sandbox: "workspace-write" },
        },
        ctx,
      );
    },
  };
}

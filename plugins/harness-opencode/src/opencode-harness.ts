// The `opencode` harness: runs `opencode run --format json` per item in a fresh workspace, with a
// per-item config pointing opencode at benchloop's metering proxy, and returns a metered Generation.
import { spawnSync } from "node:child_process";
import { mkdir, writeFile } from "node:fs/promises";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import {
  type FindAgentBinaryOptions,
  findAgentBinary,
  packageBin,
  probeAgent,
  readAgentVersion,
  runAgentItem,
  toUpstreamUrl,
} from "@benchloop/agent-kit";
import type { ComponentDeps, Generation, Harness, ItemContext, ProbeResult } from "@benchloop/core";
import { itemFailure } from "@benchloop/core";
import { type OpencodeHarnessConfig, OpencodeHarnessConfigSchema } from "./config-schema.js";
import { buildOpencodeConfig, OPENCODE_PROVIDER } from "./opencode-config.js";
import { parseOpencodeEvents } from "./opencode-events.js";

/** opencode's switches that keep a run offline and quiet. */
export const OPENCODE_ENV = {
  OPENCODE_DISABLE_AUTOUPDATE: "1",
  OPENCODE_DISABLE_MODELS_FETCH: "1",
  OPENCODE_DISABLE_LSP_DOWNLOAD: "1",
  OPENCODE_DISABLE_DEFAULT_PLUGINS: "1",
} as const;

const INSTALL_HINT =
  "Install it with `npm i -g opencode-ai` (or add opencode-ai to the project), or set harnesses.opencode.binary.";

/** Where the opencode binary is looked for on PATH; a launcher that cannot run is passed over. */
function opencodeBinarySearch(configured: string | undefined): FindAgentBinaryOptions {
  return { ...(configured ? { configured } : {}), names: ["opencode"], accept: answersVersion };
}

/**
 * Whether `<path> --version` succeeds: opencode-ai's own launcher (and pnpm's shim of it) only prints
 * an error until the package's postinstall has run.
 */
function answersVersion(path: string): boolean {
  const run = spawnSync(path, ["--version"], { timeout: 15_000, stdio: "ignore" });
  return run.status === 0;
}

/**
 * The platform packages of `opencode-ai` (its own `bin` is a stub until its postinstall runs, which
 * pnpm skips unless allowed), tried from opencode-ai's folder; then opencode-ai itself.
 */
function platformPackages(): string[] {
  const arch = process.arch;
  const platform = process.platform === "win32" ? "windows" : process.platform;
  return [`opencode-${platform}-${arch}`, `opencode-${platform}-${arch}-baseline`];
}

/** `bin/opencode` of a platform package (these have no `bin` field), if the package is installed. */
function platformBinary(require: NodeJS.Require, pkg: string): string | undefined {
  try {
    return join(dirname(require.resolve(`${pkg}/package.json`)), "bin", "opencode");
  } catch {
    return undefined;
  }
}

/** Finds the opencode binary: configured, on PATH, the platform package next to opencode-ai, opencode-ai's bin. */
function locateOpencode(configured: string | undefined): { path?: string; tried: string[] } {
  const search = findAgentBinary(opencodeBinarySearch(configured));
  if (search.found || configured)
    return { ...(search.found ? { path: search.found.path } : {}), tried: search.tried };
  const tried = [...search.tried];
  try {
    const fromHere = createRequire(import.meta.url);
    const wrapper = fromHere.resolve("opencode-ai/package.json");
    const fromWrapper = createRequire(wrapper);
    for (const pkg of platformPackages()) {
      const path = platformBinary(fromWrapper, pkg);
      if (path && answersVersion(path)) return { path, tried };
    }
    const stub = packageBin(fromHere, "opencode-ai", "opencode");
    if (stub) tried.push(`${stub} (opencode-ai's launcher; its postinstall was not run)`);
  } catch {
    tried.push("npm package opencode-ai");
  }
  return { tried };
}

/** Creates the `opencode` harness. Creating it does no I/O. */
export function createOpencodeHarness(deps: ComponentDeps): Harness {
  const config: OpencodeHarnessConfig = OpencodeHarnessConfigSchema.parse(deps.config ?? {});
  let binary: string | undefined;
  let version: string | undefined;

  async function requireBinary(): Promise<string> {
    if (binary) return binary;
    const located = locateOpencode(config.binary);
    if (!located.path) {
      throw itemFailure({
        type: "crash",
        message: `opencode was not found (looked at ${located.tried.join(", ")}). ${INSTALL_HINT}`,
        retryable: false,
      });
    }
    binary = located.path;
    version ??= await readAgentVersion(binary);
    return binary;
  }

  return {
    async probe(ctx): Promise<ProbeResult> {
      const located = locateOpencode(config.binary);
      const result = await probeAgent({
        agent: "opencode",
        find: { configured: located.path ?? config.binary ?? "opencode", names: [] },
        baseUrl: config.baseUrl,
        api: config.api,
        installHint: INSTALL_HINT,
        signal: ctx.signal,
      });
      if (!located.path)
        return {
          available: false,
          endpoint: config.baseUrl,
          reason: `opencode was not found (looked at ${located.tried.join(", ")}). ${INSTALL_HINT}`,
        };
      binary = located.path;
      if (result.version) version = result.version;
      const { binary: _found, ...probe } = result;
      return probe;
    },

    async generate(request, ctx: ItemContext): Promise<Generation> {
      const path = await requireBinary();
      return runAgentItem(
        {
          agent: "opencode",
          binary: path,
          ...(version ? { version } : {}),
          model: request.model,
          request,
          baseUrl: toUpstreamUrl(config.baseUrl),
          timeoutMs: config.timeoutMs ?? ctx.timeoutMs,
          clock: deps.clock,
          protect: [deps.cwd],
          async prepare({ workspace, proxyUrl, task }) {
            const folder = join(workspace.configHome, "opencode");
            await mkdir(folder, { recursive: true });
            const opencodeConfig = buildOpencodeConfig({
              proxyUrl,
              model: request.model,
              maxTurns: config.maxTurns,
            });
            await writeFile(join(folder, "opencode.json"), `${JSON.stringify(opencodeConfig, null, 2)}\n`);
            return {
              args: ["run", "--format", "json", "--model", `${OPENCODE_PROVIDER}/${request.model}`],
              stdin: task,
              agentVars: { ...OPENCODE_ENV },
            };
          },
          parse: ({ stdout }) => parseOpencodeEvents(stdout),
          meta: { api: config.api, maxTurns: config.maxTurns },
        },
        ctx,
      );
    },
  };
}

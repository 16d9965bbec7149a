// The `opencode` harness: runs `opencode run --format json` per item in a fresh workspace, with a
// per-item config pointing opencode at benchloop's metering proxy, and returns a metered Generation.
import { spawnSync } from "node:child_process";
import { mkdir, writeFile } from "node:fs/promises";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import {
  createAgentHarness,
  type FindAgentBinaryOptions,
  findAgentBinary,
  type LocatedAgentBinary,
  packageBin,
} from "@benchloop/agent-kit";
import type { ComponentDeps, Harness } from "@benchloop/core";
import type { OpencodeHarnessConfig } from "./config-schema.js";
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
function locateOpencode(configured: string | undefined): LocatedAgentBinary {
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
export function createOpencodeHarness(deps: ComponentDeps<OpencodeHarnessConfig>): Harness {
  const config = deps.config;
  return createAgentHarness({
    agent: "opencode",
    deps,
    config,
    locate: locateOpencode,
    installHint: INSTALL_HINT,
    async prepare({ workspace, proxyUrl, task, request }) {
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
  });
}

// What every route of one server shares: the host, the config as loaded at start (results folder,
// legacy roots, apply target), a context for reading (exporters, gate policies, policy targets) loaded
// once, and the launcher of runs.
import path from "node:path";
import { CHECKPOINTS_DIR, type Config, loadConfig } from "@benchloop/core";
import type { WebContext, WebHost } from "./host.js";
import { createLauncher, type Launcher } from "./launcher.js";

/** The state of one server. */
export interface ServerState {
  host: WebHost;
  config: Config;
  /** The absolute results folder. */
  resultsDir: string;
  /** Where apply writes checkpoints (`<results>/checkpoints`). */
  checkpointsDir: string;
  /** The config's legacy roots, as written. */
  legacyRoots: string[];
  launcher: Launcher;
  /** The context pages read with (exporters, gate policies, policy targets), loaded on first use. */
  reader(): Promise<WebContext>;
  /** Disposes the reader's scope. */
  close(): Promise<void>;
}

/** Loads the config once and prepares the shared state. @throws CONFIG_* errors */
export async function createServerState(host: WebHost): Promise<ServerState> {
  const { config } = await loadConfig({
    cwd: host.cwd,
    file: host.configFile,
    overrides: host.resultsDir ? { resultsDir: host.resultsDir } : {},
  });
  const resultsDir = path.resolve(host.cwd, config.resultsDir);
  const legacy = config.sources.legacy as { roots?: unknown } | undefined;
  const legacyRoots = Array.isArray(legacy?.roots)
    ? legacy.roots.filter((r): r is string => typeof r === "string")
    : [];
  let reader: Promise<WebContext> | undefined;
  return {
    host,
    config,
    resultsDir,
    checkpointsDir: path.join(resultsDir, CHECKPOINTS_DIR),
    legacyRoots,
    launcher: createLauncher(host, resultsDir),
    reader() {
      reader ??= host.loadContext({
        kinds: ["exporter", "gate-policy", "policy-target"],
        validatePluginConfig: false,
      });
      reader.catch(() => {
        reader = undefined;
      });
      return reader;
    },
    async close() {
      const ctx = await reader?.catch(() => undefined);
      await ctx?.scope.dispose();
    },
  };
}

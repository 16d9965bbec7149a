// The environment an agent process gets: PATH, its own HOME/XDG/temp folders, a plain terminal, and
// the agent's own variables — nothing else from the parent, so API keys and tokens stay out.
import { delimiter, dirname } from "node:path";
import type { AgentWorkspace } from "./agent-workspace.js";

/** Options of {@link buildAgentEnv}. */
export interface BuildAgentEnvOptions {
  workspace: AgentWorkspace;
  /** The agent's own variables (model server address, its switches). */
  agentVars?: Record<string, string>;
  /** PATH to use; default the parent's PATH with Node's own folder first. */
  path?: string;
}

/**
 * Builds the whole environment of an agent process. Only PATH is taken from the parent (with the
 * running Node's folder first, so `#!/usr/bin/env node` agents start); HOME, USERPROFILE, XDG_* and
 * TMPDIR point into the item's workspace; LANG, TERM=dumb, NO_COLOR and CI keep output plain.
 */
export function buildAgentEnv(options: BuildAgentEnvOptions): Record<string, string> {
  const { workspace } = options;
  const parentPath = process.env.PATH ?? "/usr/local/bin:/usr/bin:/bin";
  const path = options.path ?? [dirname(process.execPath), parentPath].join(delimiter);
  return {
    PATH: path,
    HOME: workspace.home,
    USERPROFILE: workspace.home,
    XDG_CONFIG_HOME: workspace.configHome,
    XDG_DATA_HOME: workspace.dataHome,
    XDG_STATE_HOME: workspace.stateHome,
    XDG_CACHE_HOME: workspace.cacheHome,
    TMPDIR: workspace.tempDir,
    LANG: "C.UTF-8",
    TERM: "dumb",
    NO_COLOR: "1",
    CI: "1",
    ...options.agentVars,
  };
}

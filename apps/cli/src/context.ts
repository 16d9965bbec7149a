// Loads what most commands need: the config (file + flags), the registry with every discovered plugin,
// and a run scope (core's `loadComponents`, given the built-in plugins and the terminal's streams).
// Commands call it lazily so `--help` and `--version` stay instant.
import {
  type ComponentKind,
  type LoadedComponents,
  loadComponents,
  type WrittenConfig,
} from "@benchloop/core";
import { loadBuiltinPlugins } from "./builtins.js";
import type { CliIo } from "./io.js";

/** Options every command accepts (global flags). */
export interface GlobalOptions {
  config?: string;
  resultsDir?: string;
  verbose?: boolean;
}

/** What a command works with after loading: core's loaded components, where and with which streams. */
export interface CommandContext extends LoadedComponents {
  cwd: string;
  io: CliIo;
}

/** Options of {@link loadCommandContext}. */
export interface LoadContextOptions {
  cwd: string;
  io: CliIo;
  global: GlobalOptions;
  /** Config values from the command's own flags. */
  overrides?: WrittenConfig;
  /** Validate plugin config sections (commands that run things); default true. */
  validatePluginConfig?: boolean;
  /** The Ollama address of `--ollama-url` or `--demo` (see core's `LoadComponentsOptions`). */
  agentOllamaUrl?: string;
  agentsAsked?: readonly string[] | "all";
  /** The component kinds the command uses: only built-in plugins of these kinds load (default all). */
  kinds?: readonly ComponentKind[];
}

/**
 * Loads config and plugins; warns on stderr about plugins that failed to load (the rest keep working).
 * @throws CONFIG_* errors with every issue and its path
 */
export async function loadCommandContext(options: LoadContextOptions): Promise<CommandContext> {
  const { cwd, io, global, ...rest } = options;
  const overrides: WrittenConfig = { ...options.overrides };
  if (global.resultsDir) overrides.resultsDir = global.resultsDir;
  const loaded = await loadComponents({
    ...rest,
    cwd,
    configFile: global.config,
    overrides,
    // The built-in plugins load while the config file is looked for and read.
    builtins: loadBuiltinPlugins(options.kinds),
    err: (line) => io.err(line),
    verbose: global.verbose,
  });
  return { cwd, io, ...loaded };
}

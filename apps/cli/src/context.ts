// Loads what most commands need: the config (file + flags), the registry with every discovered plugin,
// and a run scope. Commands call it lazily so `--help` and `--version` stay instant.
import {
  type ComponentKind,
  type Config,
  configInvalid,
  createRedactor,
  createRegistry,
  createSecrets,
  createStreamLogger,
  discoverPlugins,
  type LoadedConfig,
  type Logger,
  loadConfig,
  type PluginReport,
  pluginConfigIssues,
  pointAgentsAt,
  type Registry,
  type RegistryScope,
  type Secrets,
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

/** What a command works with after loading. */
export interface CommandContext {
  cwd: string;
  io: CliIo;
  loaded: LoadedConfig;
  config: Config;
  registry: Registry;
  plugins: PluginReport[];
  scope: RegistryScope;
  /** The command's logger (stderr; debug lines with --verbose), secrets redacted. */
  logger: Logger;
  /** Environment secrets for the command (their values are redacted from every line printed). */
  secrets: Secrets;
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
  /**
   * The Ollama address of `--ollama-url` or `--demo`: also the server of the agent harnesses whose
   * own config section names neither a `baseUrl` nor `api: "openai"` — those with a config section,
   * those in `agentsAsked` (`--harnesses`), or all when `agentsAsked` is "all".
   */
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
  const overrides: WrittenConfig = { ...options.overrides };
  if (options.global.resultsDir) overrides.resultsDir = options.global.resultsDir;
  // The built-in plugins load while the config file is looked for and read.
  const builtins = loadBuiltinPlugins(options.kinds);
  builtins.catch(() => undefined);
  const loaded = await loadConfig({ cwd: options.cwd, file: options.global.config, overrides });
  const registry = createRegistry();
  const plugins = await discoverPlugins(registry, {
    cwd: options.cwd,
    builtins: await builtins,
    configPlugins: loaded.config.plugins,
    configFile: loaded.file,
  });
  for (const report of plugins) {
    if (report.status === "failed" && report.error) {
      options.io.err(`warning plugin ${report.name} was not loaded: ${report.error.message}\n`);
    }
  }
  if (options.agentOllamaUrl)
    pointAgentsAt(options.agentOllamaUrl, registry, loaded, options.agentsAsked ?? []);
  if (options.validatePluginConfig !== false) {
    const issues = pluginConfigIssues(registry, loaded, options.kinds);
    if (issues.length > 0) throw configInvalid(issues, loaded.file);
  }
  const redactor = createRedactor();
  const scope = registry.createScope({
    config: loaded.config,
    cwd: options.cwd,
    logger: createStreamLogger(
      (line) => options.io.err(line),
      redactor,
      options.global.verbose ? "debug" : "warn",
    ),
    secrets: createSecrets(process.env, redactor),
  });
  const { logger, secrets } = scope;
  return {
    cwd: options.cwd,
    io: options.io,
    loaded,
    config: loaded.config,
    registry,
    plugins,
    scope,
    logger,
    secrets,
  };
}

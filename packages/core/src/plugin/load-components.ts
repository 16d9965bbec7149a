// What most commands of a front end need before they work: the config (file + flags), a registry with
// the built-in and discovered plugins, agent harnesses pointed at `--ollama-url`/`--demo`, plugin config
// sections checked, and a run scope whose logger and secrets redact every secret value.
import { pluginConfigIssues, pointAgentsAt } from "../config/command-config.js";
import type { Config, WrittenConfig } from "../config/config-schema.js";
import { type LoadedConfig, loadConfig } from "../config/load-config.js";
import { configInvalid } from "../errors/catalog.js";
import type { ComponentKind } from "./contracts.js";
import { type BuiltinPlugin, discoverPlugins, type PluginReport } from "./discover-plugins.js";
import { createRedactor, createSecrets, createStreamLogger } from "./redaction.js";
import { createRegistry, type Registry, type RegistryScope } from "./registry.js";
import type { Logger, Secrets } from "./services.js";

/** Options of {@link loadComponents}. */
export interface LoadComponentsOptions {
  cwd: string;
  /** The config file asked for (`--config`); else the one found from `cwd`. */
  configFile?: string;
  /** Config values from the command's flags, merged over the file. */
  overrides?: WrittenConfig;
  /** The built-in plugins (loading while the config file is read). */
  builtins: Promise<BuiltinPlugin[]>;
  /** Writes a line to the user's error stream (warnings and log lines). */
  err(line: string): void;
  /** Log debug lines too (`--verbose`). */
  verbose?: boolean;
  /** Validate plugin config sections (commands that run things); default true. */
  validatePluginConfig?: boolean;
  /**
   * The Ollama address of `--ollama-url` or `--demo`: also the server of the agent harnesses whose
   * own config section names neither a `baseUrl` nor `api: "openai"` — those with a config section,
   * those in `agentsAsked` (`--harnesses`), or all when `agentsAsked` is "all".
   */
  agentOllamaUrl?: string;
  agentsAsked?: readonly string[] | "all";
  /** The component kinds the command uses: plugin config sections of these kinds are checked (default all). */
  kinds?: readonly ComponentKind[];
}

/** The config, plugins and scope a command works with. */
export interface LoadedComponents {
  loaded: LoadedConfig;
  config: Config;
  registry: Registry;
  plugins: PluginReport[];
  scope: RegistryScope;
  /** The command's logger (debug lines when verbose), secrets redacted. */
  logger: Logger;
  /** Environment secrets for the command (their values are redacted from every line printed). */
  secrets: Secrets;
}

/**
 * Loads config and plugins; warns through `err` about plugins that failed to load (the rest keep working).
 * @throws CONFIG_* errors with every issue and its path
 */
export async function loadComponents(options: LoadComponentsOptions): Promise<LoadedComponents> {
  options.builtins.catch(() => undefined);
  const loaded = await loadConfig({
    cwd: options.cwd,
    file: options.configFile,
    overrides: options.overrides,
  });
  const registry = createRegistry();
  const plugins = await discoverPlugins(registry, {
    cwd: options.cwd,
    builtins: await options.builtins,
    configPlugins: loaded.config.plugins,
    configFile: loaded.file,
  });
  for (const report of plugins) {
    if (report.status === "failed" && report.error) {
      options.err(`warning plugin ${report.name} was not loaded: ${report.error.message}\n`);
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
    logger: createStreamLogger(options.err, redactor, options.verbose ? "debug" : "warn"),
    secrets: createSecrets(process.env, redactor),
  });
  const { logger, secrets } = scope;
  return { loaded, config: loaded.config, registry, plugins, scope, logger, secrets };
}

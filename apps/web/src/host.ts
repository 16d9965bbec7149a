// What the web app gets from the front end that starts it (the `benchloop serve` command): the working
// folder, the config file and results folder of the command line, and how to load the registry with
// the built-in plugins and the demo's simulator. The web app itself knows no plugin.
import type { ComponentKind, DemoSimulator, LoadedComponents, WrittenConfig } from "@benchloop/core";

/** What a page or an action needs loaded: config overrides and the component kinds it uses. */
export interface ContextRequest {
  overrides?: WrittenConfig;
  /** The Ollama address the agent harnesses get (the demo's simulator). */
  agentOllamaUrl?: string;
  agentsAsked?: readonly string[] | "all";
  /** Only built-in plugins of these kinds load (default all). */
  kinds?: readonly ComponentKind[];
  /** Validate plugin config sections (what runs things); default true. */
  validatePluginConfig?: boolean;
}

/** Loaded config, registry and run scope, as a CLI command gets them, with the folder they are for. */
export interface WebContext extends LoadedComponents {
  cwd: string;
}

/** What `startServer` is given by the front end. */
export interface WebHost {
  /** The folder the command line runs in (relative paths of the config resolve against it). */
  cwd: string;
  /** `--config`, if given. */
  configFile?: string;
  /** `--results-dir`, if given (wins over the config's `resultsDir`). */
  resultsDir?: string;
  /** Loads config and plugins the way the CLI's commands do. */
  loadContext(request: ContextRequest): Promise<WebContext>;
  /** The simulator of `--demo`, loaded on first use. */
  // biome-ignore lint/suspicious/noExplicitAny: the answers are the simulator's own type; the web app only hands them back to it
  loadDemoSimulator(): Promise<DemoSimulator<any>>;
}

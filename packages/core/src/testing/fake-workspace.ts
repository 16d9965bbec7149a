// A temporary project folder with a registry holding the fake plugin: what kernel and store tests need
// to run real runs (real files, real journal, real cache) without a model server.
import { mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { type Config, ConfigSchema, type WrittenConfig } from "../config/config-schema.js";
import type { BenchloopPlugin } from "../plugin/define-plugin.js";
import { Registry, type RegistryScope } from "../plugin/registry.js";
import { SILENT_LOGGER } from "../plugin/services.js";
import { createFakePlugin, type FakePluginOptions } from "./fake-plugin.js";

/** A temporary project with the fake plugin registered. */
export interface FakeWorkspace {
  /** The project folder (the run's cwd); results and cache go inside it. */
  dir: string;
  registry: Registry;
  /** A resolved config: the written config validated with defaults, resources off unless asked. */
  config(written?: WrittenConfig): Config;
  /** A run scope over `config` (disposed by `cleanup`). */
  scope(config: Config): RegistryScope;
  /** Disposes the scopes and removes the folder. */
  cleanup(): Promise<void>;
}

/** Options of {@link createFakeWorkspace}: the fake plugin's options and any extra plugins. */
export interface FakeWorkspaceOptions extends FakePluginOptions {
  plugins?: readonly BenchloopPlugin[];
}

/** Creates a temporary project with a fresh registry holding the fake plugin (and `plugins`). */
export async function createFakeWorkspace(options: FakeWorkspaceOptions = {}): Promise<FakeWorkspace> {
  const dir = await mkdtemp(path.join(os.tmpdir(), "benchloop-fake-"));
  const registry = new Registry();
  registry.addPlugin(createFakePlugin(options), "0.0.0-test");
  for (const plugin of options.plugins ?? []) registry.addPlugin(plugin, "0.0.0-test");
  const scopes: RegistryScope[] = [];
  return {
    dir,
    registry,
    config: (written = {}) => ConfigSchema.parse({ resources: false, ...written }),
    scope(config) {
      const scope = registry.createScope({ config, cwd: dir, logger: SILENT_LOGGER });
      scopes.push(scope);
      return scope;
    },
    async cleanup() {
      for (const scope of scopes) await scope.dispose();
      await rm(dir, { recursive: true, force: true });
    },
  };
}

// `definePlugin` types and brands a plugin object; it runs nothing. Core recognises plugins by the
// brand field, not `instanceof`, so a plugin built against another copy of core still loads.
import type { z } from "zod";
import type { ComponentKind, ComponentTypes, HarnessCapabilities } from "./contracts.js";
import type { Clock, Logger, Secrets } from "./services.js";

/** The plugin API version this core implements. Bumped only on breaking contract changes. */
export const PLUGIN_API_VERSION = 1;

/** The brand field's value on every plugin object. */
export const PLUGIN_BRAND = "benchloop.plugin";

/** Everything a component factory receives, injected by name. */
export interface ComponentDeps {
  /** The component's own config section, validated by its `configSchema` (with defaults applied). */
  config: unknown;
  logger: Logger;
  clock: Clock;
  secrets: Secrets;
  /** Folder the command runs in (config paths are resolved against it). */
  cwd: string;
}

/** Makes a component instance from its dependencies. */
export type ComponentFactory<T> = (deps: ComponentDeps) => T;

/** Options common to every component registration. */
export interface ComponentOptions {
  /** Strict zod object for the component's config section; defaults inside, `.describe()` on fields. */
  configSchema?: z.ZodType;
  /** Version that changes results (part of item hashes); defaults to the plugin package version. */
  version?: string;
  /** One line saying what the component does, for `benchloop plugins`. */
  description?: string;
}

/** Per-kind registration options. */
export interface ComponentOptionsByKind {
  harness: ComponentOptions & { capabilities?: HarnessCapabilities };
  "test-source": ComponentOptions & { suites?: string[] };
  scorer: ComponentOptions & { version: string };
  exporter: ComponentOptions & { extension: string; formats?: string[] };
  "gate-policy": ComponentOptions;
  "policy-target": ComponentOptions & { schemes?: string[] };
}

/** What `register` receives: one method per component kind. Registering does no I/O. */
export interface Registrar {
  harness(
    id: string,
    factory: ComponentFactory<ComponentTypes["harness"]>,
    options?: ComponentOptionsByKind["harness"],
  ): void;
  testSource(
    id: string,
    factory: ComponentFactory<ComponentTypes["test-source"]>,
    options?: ComponentOptionsByKind["test-source"],
  ): void;
  scorer(
    id: string,
    factory: ComponentFactory<ComponentTypes["scorer"]>,
    options: ComponentOptionsByKind["scorer"],
  ): void;
  exporter(
    id: string,
    factory: ComponentFactory<ComponentTypes["exporter"]>,
    options: ComponentOptionsByKind["exporter"],
  ): void;
  gatePolicy(
    id: string,
    factory: ComponentFactory<ComponentTypes["gate-policy"]>,
    options?: ComponentOptionsByKind["gate-policy"],
  ): void;
  policyTarget(
    id: string,
    factory: ComponentFactory<ComponentTypes["policy-target"]>,
    options?: ComponentOptionsByKind["policy-target"],
  ): void;
}

/** What a plugin author writes. */
export interface PluginDefinition {
  /** The npm package name. */
  name: string;
  /** The plugin API version the plugin targets. */
  apiVersion: number;
  register(registrar: Registrar): void;
}

/** A branded plugin object. */
export interface BenchloopPlugin extends PluginDefinition {
  readonly brand: typeof PLUGIN_BRAND;
}

/** Types and brands a plugin; default-export the result. */
export function definePlugin(definition: PluginDefinition): BenchloopPlugin {
  return { ...definition, brand: PLUGIN_BRAND };
}

/** True for a value made by `definePlugin` (from any copy of core). */
export function isPlugin(value: unknown): value is BenchloopPlugin {
  return typeof value === "object" && value !== null && (value as { brand?: unknown }).brand === PLUGIN_BRAND;
}

/** Maps a registrar method to its component kind. */
export const REGISTRAR_KINDS: Record<keyof Registrar, ComponentKind> = {
  harness: "harness",
  testSource: "test-source",
  scorer: "scorer",
  exporter: "exporter",
  gatePolicy: "gate-policy",
  policyTarget: "policy-target",
};

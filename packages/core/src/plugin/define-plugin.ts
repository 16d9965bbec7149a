// `definePlugin` types and brands a plugin object; it runs nothing. Core recognises plugins by the
// brand field, not `instanceof`, so a plugin built against another copy of core still loads.
import type { z } from "zod";
import type { ComponentKind, ComponentTypes, HarnessCapabilities } from "./contracts.js";
import type { Clock, Logger, Secrets } from "./services.js";

export { PLUGIN_API_VERSION } from "./plugin-api.js";

/** The brand field's value on every plugin object. */
export const PLUGIN_BRAND = "benchloop.plugin";

/**
 * The config type a component's factory receives for its `configSchema`: the schema's output (what
 * `z.infer` gives, defaults applied), or `unknown` for a component without a schema.
 */
export type ConfigOf<S extends z.ZodType | undefined> = S extends z.ZodType ? z.output<S> : unknown;

/**
 * Everything a component factory receives, injected by name. `C` is the type of the component's
 * config section: registering with a `configSchema` makes it that schema's output.
 */
export interface ComponentDeps<C = unknown> {
  /**
   * The component's own config section, parsed once by the registry with its `configSchema`
   * (defaults applied): use it as is, do not parse it again.
   */
  config: C;
  logger: Logger;
  clock: Clock;
  secrets: Secrets;
  /** Folder the command runs in (config paths are resolved against it). */
  cwd: string;
}

/** Makes a component instance from its dependencies (`C`: its config type, see {@link ConfigOf}). */
export type ComponentFactory<T, C = unknown> = (deps: ComponentDeps<C>) => T;

/** Options common to every component registration. */
export interface ComponentOptions<S extends z.ZodType | undefined = z.ZodType | undefined> {
  /**
   * Strict zod object for the component's config section; defaults inside, `.describe()` on fields.
   * The factory's `deps.config` has its output type.
   */
  configSchema?: S;
  /** Version that changes results (part of item hashes); defaults to the plugin package version. */
  version?: string;
  /** One line saying what the component does, for `benchloop plugins`. */
  description?: string;
}

/** Per-kind registration options (`S`: the type of the component's `configSchema`). */
export interface ComponentOptionsByKind<S extends z.ZodType | undefined = z.ZodType | undefined> {
  harness: ComponentOptions<S> & { capabilities?: HarnessCapabilities };
  "test-source": ComponentOptions<S> & { suites?: string[] };
  scorer: ComponentOptions<S> & { version: string };
  exporter: ComponentOptions<S> & { extension: string; formats?: string[] };
  "gate-policy": ComponentOptions<S>;
  "policy-target": ComponentOptions<S> & { schemes?: string[] };
  /** `schemes`: the queue URL schemes the executor takes (`redis`, `rediss`). */
  executor: ComponentOptions<S> & { schemes?: string[] };
}

/**
 * What `register` receives: one method per component kind. Registering does no I/O. Each method
 * infers `S` from `options.configSchema`, so the factory's `deps.config` is typed by the schema.
 */
export interface Registrar {
  harness<S extends z.ZodType | undefined = undefined>(
    id: string,
    factory: ComponentFactory<ComponentTypes["harness"], ConfigOf<S>>,
    options?: ComponentOptionsByKind<S>["harness"],
  ): void;
  testSource<S extends z.ZodType | undefined = undefined>(
    id: string,
    factory: ComponentFactory<ComponentTypes["test-source"], ConfigOf<S>>,
    options?: ComponentOptionsByKind<S>["test-source"],
  ): void;
  scorer<S extends z.ZodType | undefined = undefined>(
    id: string,
    factory: ComponentFactory<ComponentTypes["scorer"], ConfigOf<S>>,
    options: ComponentOptionsByKind<S>["scorer"],
  ): void;
  exporter<S extends z.ZodType | undefined = undefined>(
    id: string,
    factory: ComponentFactory<ComponentTypes["exporter"], ConfigOf<S>>,
    options: ComponentOptionsByKind<S>["exporter"],
  ): void;
  gatePolicy<S extends z.ZodType | undefined = undefined>(
    id: string,
    factory: ComponentFactory<ComponentTypes["gate-policy"], ConfigOf<S>>,
    options?: ComponentOptionsByKind<S>["gate-policy"],
  ): void;
  policyTarget<S extends z.ZodType | undefined = undefined>(
    id: string,
    factory: ComponentFactory<ComponentTypes["policy-target"], ConfigOf<S>>,
    options?: ComponentOptionsByKind<S>["policy-target"],
  ): void;
  executor<S extends z.ZodType | undefined = undefined>(
    id: string,
    factory: ComponentFactory<ComponentTypes["executor"], ConfigOf<S>>,
    options?: ComponentOptionsByKind<S>["executor"],
  ): void;
}

/** What a plugin author writes. */
export interface PluginDefinition {
  /** The npm package name. */
  name: string;
  /**
   * The plugin-API range the plugin supports, as a semver range (`"^1"`): the registry refuses to
   * load it when core's `PLUGIN_API_VERSION` is outside. A whole number N, the older form, means `^N`.
   */
  apiVersion: string | number;
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
  executor: "executor",
};

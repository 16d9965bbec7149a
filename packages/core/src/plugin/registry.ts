// The plugin registry: components by kind and id on a tsyringe container, and run scopes (child
// containers) that hold run-scoped services and one instance of each component per run.
import "reflect-metadata";
import {
  type DependencyContainer,
  instancePerContainerCachingFactory,
  container as rootContainer,
} from "tsyringe";
import type { Config } from "../config/config-schema.js";
import { BenchloopError } from "../errors/benchloop-error.js";
import {
  nameUnknown,
  pluginConflict,
  pluginFailed,
  pluginIdInvalid,
  type ValidationIssue,
} from "../errors/catalog.js";
import { CONFIG_SECTION, createSectionParser } from "./config-sections.js";
import { COMPONENT_KINDS, type ComponentKind, type ComponentTypes } from "./contracts.js";
import {
  type BenchloopPlugin,
  type ComponentDeps,
  type ComponentFactory,
  type ComponentOptionsByKind,
  REGISTRAR_KINDS,
  type Registrar,
} from "./define-plugin.js";
import { assertPluginApi } from "./plugin-api.js";
import { createRedactor, createSecrets } from "./redaction.js";
import { type Clock, type Logger, type Secrets, SILENT_LOGGER, SYSTEM_CLOCK } from "./services.js";
import { componentToken, TOKENS } from "./tokens.js";

const ID_PATTERN = /^[a-z][a-z0-9-]*$/;

/** Where a plugin came from. */
export type PluginOrigin = "builtin" | "config" | "installed";

/** A registered component and what it is known by. */
export interface ComponentEntry<K extends ComponentKind = ComponentKind> {
  kind: K;
  id: string;
  plugin: string;
  pluginVersion: string;
  /** Version that changes results: the registration's `version`, else the plugin version. */
  version: string;
  options: ComponentOptionsByKind[K];
  factory: ComponentFactory<ComponentTypes[K]>;
}

/** Services of one run (or one command), registered in a child container. */
export interface ScopeServices {
  config: Config;
  cwd: string;
  logger?: Logger;
  clock?: Clock;
  secrets?: Secrets;
}

/** A run scope: one instance of each component, built on first use with the run's services. */
export interface RegistryScope {
  /** The scope's logger (what its components log with). */
  readonly logger: Logger;
  /** The scope's secrets (environment values whose text is redacted from output). */
  readonly secrets: Secrets;
  get<K extends ComponentKind>(kind: K, id: string): ComponentTypes[K];
  /** Calls `dispose()` on every component instance the scope made. */
  dispose(): Promise<void>;
}

/** Components by kind and id, on a tsyringe container. */
export class Registry {
  /** Injection stays inside the registry: callers use typed accessors (`entry`, `list`, a scope's `get`, `logger`, `secrets`), never tokens. */
  private readonly container: DependencyContainer;
  private readonly entries = new Map<string, ComponentEntry>();
  private readonly sections = createSectionParser();

  constructor(parent: DependencyContainer = rootContainer) {
    this.container = parent.createChildContainer();
  }

  /**
   * Registers every component of a plugin, or none: `register` runs against a recording registrar,
   * and its components are committed only when it returns and no id conflicts.
   * The plugin's declared plugin-API range is checked first.
   * @throws PLUGIN_API_MISMATCH, PLUGIN_ID_INVALID, PLUGIN_CONFLICT (the plugin is not loaded; the
   * registry is unchanged)
   */
  addPlugin(plugin: BenchloopPlugin, version: string): ComponentEntry[] {
    assertPluginApi(plugin.name, plugin.apiVersion);
    const recorded: ComponentEntry[] = [];
    const registrar = {} as Record<keyof Registrar, unknown>;
    for (const [method, kind] of Object.entries(REGISTRAR_KINDS) as [keyof Registrar, ComponentKind][]) {
      registrar[method] = (
        id: string,
        factory: ComponentFactory<unknown>,
        options: ComponentOptionsByKind[ComponentKind] = {},
      ) => {
        if (typeof id !== "string" || !ID_PATTERN.test(id))
          throw pluginIdInvalid(plugin.name, kind, String(id));
        if (typeof factory !== "function") {
          throw new BenchloopError({
            code: "PLUGIN_EXPORT_INVALID",
            message: `${plugin.name} registers ${kind} "${id}" without a factory function.`,
            plugin: plugin.name,
          });
        }
        recorded.push({
          kind,
          id,
          plugin: plugin.name,
          pluginVersion: version,
          version: options.version ?? version,
          options,
          factory: factory as ComponentFactory<never>,
        });
      };
    }
    plugin.register(registrar as unknown as Registrar);

    const seen = new Set<string>();
    for (const entry of recorded) {
      const token = componentToken(entry.kind, entry.id);
      const existing = this.entries.get(token);
      if (existing) throw pluginConflict(entry.kind, entry.id, existing.plugin, plugin.name);
      if (seen.has(token)) throw pluginConflict(entry.kind, entry.id, plugin.name, plugin.name);
      seen.add(token);
    }
    for (const entry of recorded) this.commit(entry);
    return recorded;
  }

  private commit(entry: ComponentEntry): void {
    const token = componentToken(entry.kind, entry.id);
    this.entries.set(token, entry);
    this.container.register(token, {
      useFactory: instancePerContainerCachingFactory((c) => {
        const deps: ComponentDeps = {
          // Parsed once: the value `validateConfig` made, defaults applied. @throws CONFIG_INVALID
          config: this.sections.read(entry, c.resolve<Config>(TOKENS.config)),
          logger: c.resolve<Logger>(TOKENS.logger),
          clock: c.resolve<Clock>(TOKENS.clock),
          secrets: c.resolve<Secrets>(TOKENS.secrets),
          cwd: c.resolve<string>(TOKENS.cwd),
        };
        try {
          return entry.factory(deps);
        } catch (error) {
          throw pluginFailed(entry.plugin, entry.kind, entry.id, "create", error);
        }
      }),
    });
  }

  /** Every component of a kind, sorted by id. */
  list<K extends ComponentKind>(kind: K): ComponentEntry<K>[] {
    return (
      [...this.entries.values()]
        .filter((entry): entry is ComponentEntry<K> => entry.kind === kind)
        // Code-unit order: localeCompare would load ICU's collator (~15 ms of every CLI start).
        .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
    );
  }

  /** One component entry. @throws NAME_UNKNOWN naming the valid ids */
  entry<K extends ComponentKind>(kind: K, id: string): ComponentEntry<K> {
    const entry = this.entries.get(componentToken(kind, id));
    if (!entry)
      throw nameUnknown(
        kind,
        [id],
        this.list(kind).map((e) => e.id),
      );
    return entry as ComponentEntry<K>;
  }

  /** True when a component of this kind and id is registered. */
  has(kind: ComponentKind, id: string): boolean {
    return this.entries.has(componentToken(kind, id));
  }

  /** Validates every component's config section; returns all issues with full paths. */
  validateConfig(config: Config): ValidationIssue[] {
    const issues: ValidationIssue[] = [];
    for (const kind of COMPONENT_KINDS) {
      const section = CONFIG_SECTION[kind];
      if (!section) continue;
      const values = config[section] as Record<string, unknown>;
      for (const id of Object.keys(values)) {
        const entry = this.entries.get(componentToken(kind, id));
        if (!entry) {
          const valid = this.list(kind).map((e) => e.id);
          issues.push({
            path: `${section}.${id}`,
            message: `no ${kind} "${id}" is installed (installed: ${valid.join(", ") || "none"})`,
          });
          continue;
        }
        const parsed = this.sections.parse(entry, config);
        if (!parsed.ok) issues.push(...parsed.issues);
      }
    }
    return issues;
  }

  /** Opens a scope (child container) holding run-scoped services. */
  createScope(services: ScopeServices): RegistryScope {
    const child = this.container.createChildContainer();
    const redactor = createRedactor();
    child.register(TOKENS.config, { useValue: services.config });
    child.register(TOKENS.cwd, { useValue: services.cwd });
    child.register(TOKENS.logger, { useValue: services.logger ?? SILENT_LOGGER });
    child.register(TOKENS.clock, { useValue: services.clock ?? SYSTEM_CLOCK });
    child.register(TOKENS.secrets, { useValue: services.secrets ?? createSecrets(process.env, redactor) });
    const made: unknown[] = [];
    return {
      logger: child.resolve<Logger>(TOKENS.logger),
      secrets: child.resolve<Secrets>(TOKENS.secrets),
      get: <K extends ComponentKind>(kind: K, id: string): ComponentTypes[K] => {
        this.entry(kind, id);
        const instance = child.resolve<ComponentTypes[K]>(componentToken(kind, id));
        if (!made.includes(instance)) made.push(instance);
        return instance;
      },
      dispose: async () => {
        for (const instance of made) {
          const dispose = (instance as { dispose?: () => Promise<void> }).dispose;
          if (typeof dispose === "function") await dispose.call(instance).catch(() => undefined);
        }
        made.length = 0;
      },
    };
  }
}

/** Creates an empty registry on a fresh child of tsyringe's root container. */
export function createRegistry(): Registry {
  return new Registry();
}

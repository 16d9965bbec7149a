// Config surface: schema, types and the loader.

export type {
  ApplyConfig,
  Config,
  PassType,
  RepairConfig,
  Sampling,
  Timeouts,
  WrittenConfig,
} from "./config-schema.js";
export {
  ApplyConfigSchema,
  ConfigSchema,
  defineConfig,
  ModelOverrideSchema,
  PASS_TYPES,
  PassTypeSchema,
  RepairConfigSchema,
  RetriesSchema,
  SamplingSchema,
  TimeoutsSchema,
} from "./config-schema.js";
export type { LoadConfigOptions, LoadedConfig } from "./load-config.js";
export { CONFIG_FILE_NAMES, findConfigFile, loadConfig } from "./load-config.js";

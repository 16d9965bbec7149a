// Config surface: schema, types and the loader.
export { ConfigSchema, ModelOverrideSchema, PASS_TYPES, PassTypeSchema, RetriesSchema, SamplingSchema, TimeoutsSchema, defineConfig } from "./config-schema.js";
export type { Config, PassType, Sampling, Timeouts, WrittenConfig } from "./config-schema.js";
export { CONFIG_FILE_NAMES, findConfigFile, loadConfig } from "./load-config.js";
export type { LoadConfigOptions, LoadedConfig } from "./load-config.js";

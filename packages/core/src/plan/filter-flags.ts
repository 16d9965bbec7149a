// The matrix flags of `run`, `plan` and `cache explain` (--models, --harnesses, --tests, --suite,
// --pass-types, --repeats, --concurrency, --no-cache, --no-resources) turned into plan filters and
// config overrides.
import type { WrittenConfig } from "../config/config-schema.js";
import type { PlanFilters } from "./plan-filters.js";

/** The matrix flags as a command line parser gives them. */
export interface FilterFlags {
  models?: string[];
  harnesses?: string[];
  tests?: string[];
  suite?: string[];
  passTypes?: string[];
  repeats?: number;
  concurrency?: number;
}

/** The flags of a run that turn config switches off (`--no-cache`, `--no-resources`). */
export interface RunSwitchFlags {
  cache?: boolean;
  resources?: boolean;
}

/** The plan filters the flags give. */
export function filtersOfFlags(flags: FilterFlags): PlanFilters {
  const { models, harnesses, tests, suite: suites, passTypes } = flags;
  return { models, harnesses, tests, suites, passTypes };
}

/** The config values the flags set: repeats, concurrency, and the cache and resource switches. */
export function filterFlagOverrides(flags: FilterFlags & RunSwitchFlags): WrittenConfig {
  return {
    ...(flags.repeats !== undefined ? { repeats: flags.repeats } : {}),
    ...(flags.concurrency !== undefined ? { concurrency: flags.concurrency } : {}),
    ...(flags.cache === false ? { cache: false } : {}),
    ...(flags.resources === false ? { resources: false } : {}),
  };
}

/** True when the flags filter the matrix or set repeats (what `--resume` refuses). */
export function isFiltered(flags: FilterFlags): boolean {
  const filters = [flags.models, flags.harnesses, flags.tests, flags.suite, flags.passTypes];
  return filters.some((f) => f && f.length > 0) || flags.repeats !== undefined;
}

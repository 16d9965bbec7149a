// A request to start a `run` or a `dev-cycle` from another front end than the command line (the web
// app's launch form): the same matrix and setup choices as the flags, checked with the config's own
// field schemas, and turned into the same config overrides and plan filters as the flags give.
import { z } from "zod";
import { ConfigSchema, type WrittenConfig } from "../config/config-schema.js";
import { type DemoServer, runSetupOverrides } from "../run-setup/run-setup-flags.js";
import { filterFlagOverrides, filtersOfFlags } from "./filter-flags.js";
import type { PlanFilters } from "./plan-filters.js";

const names = z.array(z.string().trim().min(1)).max(200);

/** What a launch asks for: `run` or `dev-cycle`, with the matrix flags of `run` (same limits as the config's fields). */
export const LaunchRequestSchema = z
  .object({
    kind: z.enum(["run", "dev-cycle"]).describe("`run` benchmarks; `dev-cycle` benchmarks, then gates."),
    demo: z.boolean().default(false).describe("Run against the built-in simulator (`--demo`)."),
    models: names.optional(),
    harnesses: names.optional(),
    suites: ConfigSchema.shape.suites.unwrap().optional(),
    tests: names.optional(),
    passTypes: ConfigSchema.shape.passTypes.unwrap().optional(),
    legacyRoots: names.optional().describe("Old project folders; each must be one of the config's roots."),
    repeats: ConfigSchema.shape.repeats.unwrap().optional(),
    concurrency: ConfigSchema.shape.concurrency.unwrap().optional(),
  })
  .strict();

/** A launch request, validated. */
export type LaunchRequest = z.infer<typeof LaunchRequestSchema>;

/** Drops empty lists: an empty selection means "the config's default", as an absent flag does. */
function nonEmpty(values: readonly string[] | undefined): string[] | undefined {
  return values && values.length > 0 ? [...values] : undefined;
}

/** The flags a launch request stands for (what `run`/`dev-cycle` would have parsed). */
export function launchFlags(request: LaunchRequest) {
  return {
    demo: request.demo,
    models: nonEmpty(request.models),
    harnesses: nonEmpty(request.harnesses),
    tests: nonEmpty(request.tests),
    suite: nonEmpty(request.suites),
    passTypes: nonEmpty(request.passTypes),
    legacyRoots: nonEmpty(request.legacyRoots),
    repeats: request.repeats,
    concurrency: request.concurrency,
  };
}

/** The config overrides of a launch: repeats, concurrency, the demo's server and models, legacy roots. */
export function launchOverrides(request: LaunchRequest, demo?: DemoServer): WrittenConfig {
  const flags = launchFlags(request);
  return { ...filterFlagOverrides(flags), ...runSetupOverrides(flags, demo) };
}

/** The plan filters of a launch (models, harnesses, tests, suites, pass types). */
export function launchFilters(request: LaunchRequest): PlanFilters {
  return filtersOfFlags(launchFlags(request));
}

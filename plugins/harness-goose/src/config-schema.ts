// The `harnesses.goose` config section: the shared agent options (model server, API, binary, turns, time limit).
import { AgentHarnessConfigSchema } from "@benchloop/agent-kit";
import type { z } from "zod";

/** Options of the `goose` harness. */
export const GooseHarnessConfigSchema = AgentHarnessConfigSchema;

/** Options of the `goose` harness, as written. */
export type GooseHarnessOptions = z.input<typeof GooseHarnessConfigSchema>;
/** Options of the `goose` harness, with defaults applied. */
export type GooseHarnessConfig = z.output<typeof GooseHarnessConfigSchema>;

// The `harnesses.opencode` config section: the shared agent options (model server, API, binary, turns, time limit).
import { AgentHarnessConfigSchema } from "@benchloop/agent-kit";
import type { z } from "zod";

/** Options of the `opencode` harness. */
export const OpencodeHarnessConfigSchema = AgentHarnessConfigSchema;

/** Options of the `opencode` harness, as written. */
export type OpencodeHarnessOptions = z.input<typeof OpencodeHarnessConfigSchema>;
/** Options of the `opencode` harness, with defaults applied. */
export type OpencodeHarnessConfig = z.output<typeof OpencodeHarnessConfigSchema>;

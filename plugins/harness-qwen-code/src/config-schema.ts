// The `harnesses.qwen-code` config section: the shared agent options (model server, API, binary, turns, time limit).
import { AgentHarnessConfigSchema } from "@benchloop/agent-kit";
import type { z } from "zod";

/** Options of the `qwen-code` harness. */
export const QwenCodeHarnessConfigSchema = AgentHarnessConfigSchema;

/** Options of the `qwen-code` harness, as written. */
export type QwenCodeHarnessOptions = z.input<typeof QwenCodeHarnessConfigSchema>;
/** Options of the `qwen-code` harness, with defaults applied. */
export type QwenCodeHarnessConfig = z.output<typeof QwenCodeHarnessConfigSchema>;

// The `harnesses.codex` config section: the shared agent options (model server, API, binary, turns, time limit).
import { AgentHarnessConfigSchema } from "@benchloop/agent-kit";
import type { z } from "zod";

/** Options of the `codex` harness (codex has no turn limit: `maxTurns` is accepted and not applied). */
export const CodexHarnessConfigSchema = AgentHarnessConfigSchema;

/** Options of the `codex` harness, as written. */
export type CodexHarnessOptions = z.input<typeof CodexHarnessConfigSchema>;
/** Options of the `codex` harness, with defaults applied. */
export type CodexHarnessConfig = z.output<typeof CodexHarnessConfigSchema>;

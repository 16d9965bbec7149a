// A scorer call outside a run (for `dev-cycle`'s baseline checks): core's, from the command's scope.
import { createScoreAnswer, type ScoreAnswer } from "@benchloop/core";
import type { CommandContext } from "../context.js";

/** The test's own scorer from the command's scope, its artifacts kept nowhere. */
export function toScoreAnswer(ctx: CommandContext, timeoutMs: number): ScoreAnswer {
  return createScoreAnswer(ctx.scope, timeoutMs);
}

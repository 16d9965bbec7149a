// Failures are data: where an item went wrong (stage), what kind of failure (type, assigned where it
// happened), a message for people, and whether retrying can help.
import { z } from "zod";

/** The stages of an item, in order. */
export const STAGES = ["prepare", "generate", "score", "judge"] as const;

/** Known failure types; plugins may add their own (same pattern). */
export const FAILURE_TYPES = [
  "aborted",
  "assertion",
  "connection_refused",
  "connection_reset",
  "crash",
  "empty_answer",
  "extraction",
  "http_status",
  "import",
  "invalid_response",
  "judge_error",
  "memory",
  "missing_export",
  "model_not_found",
  "no_code",
  "output_limit",
  "sandbox_violation",
  "server_busy",
  "stream_error",
  "syntax",
  "timeout",
  "tools_unsupported",
  "truncated",
  "exit_code",
  "unknown",
] as const;

/** A failure of one stage of one item. */
export const FailureSchema = z
  .object({
    stage: z.enum(STAGES).describe("The stage that failed."),
    type: z
      .string()
      .regex(/^[a-z][a-z0-9_]*$/)
      .describe("What kind of failure, assigned where it happened (see FAILURE_TYPES)."),
    message: z.string().describe("What happened, for a person."),
    retryable: z
      .boolean()
      .describe("True when retrying the stage can succeed (connection refused, 5xx, 429)."),
    status: z.number().int().optional().describe("HTTP status, when the failure was an HTTP answer."),
    exitCode: z.number().int().optional().describe("Exit code, when a child process failed."),
  })
  .strict();

/** A failure of one stage of one item. */
export type Failure = z.infer<typeof FailureSchema>;
/** A stage of an item. */
export type Stage = (typeof STAGES)[number];

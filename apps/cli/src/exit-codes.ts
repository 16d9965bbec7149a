// Exit codes of the benchloop command (documented in the README): non-zero only for crashes, invalid
// input, and checks the user asked to enforce.

/** Every exit code benchloop uses. */
export const EXIT_CODES = {
  /** Everything worked. */
  ok: 0,
  /** A crash or invalid input (config, arguments, missing server). */
  error: 1,
  /** `gate --enforce` / `dev-cycle --enforce`: the gate blocked a promotion. */
  gateBlocked: 3,
  /** `compare --fail-on-regression`: a group regressed beyond noise. */
  regression: 4,
  /** `apply` / `rollback` refused (gate failed, target drifted) without --force. */
  refused: 5,
  /** Interrupted by Ctrl-C (shell convention); the run is recorded as interrupted. */
  interrupted: 130,
} as const;

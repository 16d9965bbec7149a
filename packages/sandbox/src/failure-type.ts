// Reads the failure type a runner reported (Node or Python): a known type, or `crash` for anything else,
// so a runner (or an answer that got hold of its channel) cannot invent a type.
import type { SandboxFailureType } from "./sandbox-types.js";

const FAILURE_TYPES: ReadonlySet<string> = new Set<SandboxFailureType>([
  "syntax",
  "import",
  "missing_export",
  "timeout",
  "memory",
  "sandbox_violation",
  "output_limit",
  "crash",
  "spec_error",
]);

/** The reported failure type if it is a known one, else `crash`. */
export function asFailureType(type: string): SandboxFailureType {
  return FAILURE_TYPES.has(type) ? (type as SandboxFailureType) : "crash";
}

// How components report a failed stage: throw `itemFailure(...)`, typed where it happened. The kernel
// turns it into `failure` data on the item; anything else thrown becomes type "crash".
import { BenchloopError } from "../errors/benchloop-error.js";
import type { Failure, Stage } from "./failure.js";

/** The failure fields a component sets; the kernel adds the stage. */
export type ItemFailureFields = Omit<Failure, "stage">;

/** Builds the error a component throws for a typed item failure (code `ITEM_FAILED`). */
export function itemFailure(fields: ItemFailureFields): BenchloopError {
  return new BenchloopError({ code: "ITEM_FAILED", message: fields.message, details: { failure: fields } });
}

/** Reads the failure fields from an error thrown by `itemFailure`, or undefined. */
export function readItemFailure(error: unknown): ItemFailureFields | undefined {
  if (!BenchloopError.is(error) || error.code !== "ITEM_FAILED") return undefined;
  return error.details?.failure as ItemFailureFields | undefined;
}

/**
 * Turns anything a stage threw into failure data: typed failures keep their type; an abort becomes
 * `aborted` (or `timeout` when the stage's own deadline fired); the rest is a non-retryable `crash`.
 */
export function toFailure(error: unknown, stage: Stage, timedOut = false): Failure {
  const typed = readItemFailure(error);
  if (typed) return { ...typed, stage };
  if (timedOut)
    return { stage, type: "timeout", message: `${stage} took longer than its timeout`, retryable: true };
  const name = error instanceof Error ? error.name : "";
  if (name === "AbortError") return { stage, type: "aborted", message: "aborted", retryable: false };
  const message = error instanceof Error ? error.message : String(error);
  return { stage, type: "crash", message, retryable: false };
}

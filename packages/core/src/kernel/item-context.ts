// The context a component gets for one item's stage, and the error an executor throws when the run
// aborted under an item.
import type { ItemContext } from "../plugin/contracts.js";

/** Thrown (as the abort reason) when the run aborted while an item was in flight. */
export function abortError(signal: AbortSignal): unknown {
  return signal.reason ?? new DOMException("aborted", "AbortError");
}

const STAGE_SIGNAL = Symbol("stageSignal");

/** The `signal` of every item context: one getter shared by all of them (see {@link toItemContext}). */
function readStageSignal(this: { [STAGE_SIGNAL]: () => AbortSignal }): AbortSignal {
  return this[STAGE_SIGNAL]();
}

/**
 * An item context whose `signal` is made when a component first reads it. The getter is one shared
 * function: a getter written in an object literal is a new function per context, which makes every
 * context a dictionary-mode object, and those kept each item's stage state alive through young
 * collections into the old generation (most of a long run's memory growth).
 */
export function toItemContext(signal: () => AbortSignal, fields: Omit<ItemContext, "signal">): ItemContext {
  const context = Object.defineProperty({}, "signal", {
    get: readStageSignal,
    enumerable: true,
    configurable: true,
  });
  Object.defineProperty(context, STAGE_SIGNAL, { value: signal });
  return Object.assign(context, fields) as ItemContext;
}

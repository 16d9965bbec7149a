// What a policy target holds per key, telling an explicit null (a JSON or YAML `null`) apart from an
// absent key, and the optional target capability that reports and writes such nulls.
import type { ComponentContext, PolicyState, PolicyTarget, PolicyTargetRef } from "../plugin/contracts.js";

/** What a target holds per key: a model name, or null for a key holding an explicit null. Absent keys are left out. */
export type HeldState = Record<string, string | null>;

/** The input of `apply` of a {@link NullAwarePolicyTarget}: the keys in `setNull` get an explicit null. */
export interface NullAwareApplyInput {
  target: PolicyTargetRef;
  next: PolicyState;
  remove?: readonly string[];
  /** Keys to set to an explicit null (a rollback restoring a key that held null). */
  setNull?: readonly string[];
}

/**
 * A policy target whose keys can hold an explicit null (JSON or YAML files, JSON endpoints). `readHeld`
 * is `read` keeping such keys as null; `apply` also sets the keys in `setNull` to null. Apply and
 * rollback use it when a target has it, so a key that held null is restored to null, not removed.
 * Targets without it keep the plain contract: null reads as absent.
 */
export interface NullAwarePolicyTarget extends PolicyTarget {
  readHeld(
    input: { target: PolicyTargetRef; keys: readonly string[] },
    ctx: ComponentContext,
  ): Promise<HeldState>;
  apply(
    input: NullAwareApplyInput,
    ctx: ComponentContext,
  ): Promise<{ applied: PolicyState; detail?: string }>;
}

/** True when the target reports and writes explicit nulls ({@link NullAwarePolicyTarget}). */
export function isNullAwarePolicyTarget(target: PolicyTarget): target is NullAwarePolicyTarget {
  return typeof (target as Partial<NullAwarePolicyTarget>).readHeld === "function";
}

/** Reads the keys a target holds, with explicit nulls when the target can tell them from absent keys. */
export function readHeldState(
  target: PolicyTarget,
  input: { target: PolicyTargetRef; keys: readonly string[] },
  ctx: ComponentContext,
): Promise<HeldState> {
  return isNullAwarePolicyTarget(target) ? target.readHeld(input, ctx) : target.read(input, ctx);
}

/** The value a state holds for a key: a string, null (explicit null) or undefined (absent). */
export function heldValue(state: HeldState, key: string): string | null | undefined {
  return Object.hasOwn(state, key) ? state[key] : undefined;
}

/** The keys holding a model name, explicit nulls left out: what the plain `read` contract reports. */
export function withoutNulls(state: HeldState): PolicyState {
  const plain: PolicyState = {};
  for (const [key, value] of Object.entries(state)) if (value !== null) plain[key] = value;
  return plain;
}

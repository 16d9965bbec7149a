// Applies a promotion (a model per role profile) to a policy target: refuses a gate that did not pass
// unless forced, writes a checkpoint before any change, applies, then records the result in it.
import { BenchloopError, toBenchloopError } from "../errors/benchloop-error.js";
import { argumentInvalid } from "../errors/catalog.js";
import type { ComponentContext, PolicyState, PolicyTarget, PolicyTargetRef } from "../plugin/contracts.js";
import { type Clock, SYSTEM_CLOCK } from "../plugin/services.js";
import type { Checkpoint, CheckpointAssignment, CheckpointTarget } from "./checkpoint-schema.js";
import { CHECKPOINT_SCHEMA_VERSION } from "./checkpoint-schema.js";
import { createDocumentFile, toFileStamp, toTargetSlug, updateDocumentFile } from "./checkpoint-store.js";
import { heldValue, readHeldState } from "./held-state.js";
import type { Promotion } from "./promotion.js";
import { applyRefused, targetFailed, targetInterrupted } from "./promotion-errors.js";

/** A policy target component with what it is known by and where it points. */
export interface ResolvedPolicyTarget {
  /** Component id (`file`, `http`). */
  id: string;
  /** Package that registered it. */
  plugin: string;
  pluginVersion?: string;
  component: PolicyTarget;
  ref: PolicyTargetRef;
}

/** Input of {@link applyPromotion}. */
export interface ApplyPromotionInput {
  /** A validated promotion block (from gate.json or dev-cycle-summary.json). */
  promotion: Promotion;
  /** The file the promotion was read from, recorded in the checkpoint. */
  sourceFile?: string;
  target: ResolvedPolicyTarget;
  /** Target key per profile (`balanced` → `models.default`); unmapped profiles use their name. */
  keys?: Readonly<Record<string, string>>;
  /** Folder the checkpoint is written to (usually `<results-dir>/checkpoints`). */
  checkpointDir: string;
  /** Apply even when the gate did not pass; recorded in the checkpoint. */
  force?: boolean;
  /** Apply a promotion built on simulated runs (`promotion.simulated`); refused without it. */
  allowSimulated?: boolean;
  /** Read the target and plan the change, but write nothing (no checkpoint, no change). */
  dryRun?: boolean;
}

/** Context of apply and rollback: a component context and, for tests, a clock. */
export interface PromotionContext extends ComponentContext {
  clock?: Clock;
}

/** One key the apply sets. */
export interface PlannedChange {
  profile: string;
  key: string;
  model: string;
  /** What the target held before (null: the key was absent, or held null when `previousNull`). */
  previous: string | null;
  /** True when the key held an explicit null (not absent) before. */
  previousNull?: boolean;
  /** False when the target already holds the model. */
  changed: boolean;
}

/** What an apply does or would do. */
export interface ApplyPlan {
  target: CheckpointTarget;
  changes: PlannedChange[];
  /** Profiles not applied, with the reason (no model promoted). */
  skipped: { profile: string; reason: string }[];
  forced: boolean;
}

/** The outcome of {@link applyPromotion}. */
export interface ApplyOutcome {
  /** `unchanged`: the target already held every model, so nothing was written. */
  status: "applied" | "unchanged" | "dry-run";
  plan: ApplyPlan;
  checkpointFile?: string;
  checkpoint?: Checkpoint;
}

/** Describes a resolved target for checkpoints. @throws ARGUMENT_INVALID from the target */
export function describeTarget(target: ResolvedPolicyTarget): CheckpointTarget {
  const description = target.component.describe({ target: target.ref });
  return {
    id: target.id,
    plugin: target.plugin,
    ...(target.pluginVersion ? { pluginVersion: target.pluginVersion } : {}),
    uri: description.uri,
    options: description.options,
    label: description.label,
  };
}

/**
 * Wraps whatever a target threw as TARGET_FAILED, adding what state things are in to the hint; when
 * `signal` was aborted (Ctrl-C), TARGET_INTERRUPTED instead, naming `checkpointFile`.
 */
export function toTargetError(
  error: unknown,
  target: CheckpointTarget,
  action: string,
  state: string,
  interruption?: { signal: AbortSignal; doing: string; checkpointFile?: string },
): BenchloopError {
  if (interruption?.signal.aborted)
    return targetInterrupted(target.label, interruption.doing, state, interruption.checkpointFile);
  const known = toBenchloopError(error);
  if (known.code === "TARGET_FAILED") {
    return new BenchloopError({
      code: known.code,
      message: known.message,
      hint: [state, known.hint].filter(Boolean).join(" "),
      plugin: known.plugin ?? target.plugin,
      location: known.location,
      details: known.details,
      cause: known.cause ?? error,
    });
  }
  if (BenchloopError.is(error) && error.expected) return error;
  return targetFailed(target.label, `${action} failed: ${known.message}`, state, {
    plugin: target.plugin,
    cause: error,
  });
}

function assignKeys(
  promotion: Promotion,
  keys: Readonly<Record<string, string>>,
): { assignments: CheckpointAssignment[]; next: PolicyState } {
  const profiles = promotion.assignments.map((a) => a.profile);
  const unknown = Object.keys(keys).filter((profile) => !profiles.includes(profile));
  if (unknown.length > 0)
    throw argumentInvalid(
      "--map",
      `no profile named ${unknown.map((p) => `"${p}"`).join(", ")} in the promotion`,
      `Profiles in the promotion: ${profiles.join(", ") || "(none)"}. Write --map <profile>=<key>.`,
    );
  const assignments: CheckpointAssignment[] = [];
  const next: PolicyState = {};
  const owner = new Map<string, string>();
  for (const assignment of promotion.assignments) {
    const key = keys[assignment.profile] ?? assignment.profile;
    if (assignment.model === null) {
      assignments.push({
        profile: assignment.profile,
        key,
        model: null,
        skipped: "the gate promoted no model for this profile",
      });
      continue;
    }
    const other = owner.get(key);
    if (other !== undefined && next[key] !== assignment.model)
      throw argumentInvalid(
        "--map",
        `profiles "${other}" and "${assignment.profile}" both map to key "${key}" with different models (${next[key]}, ${assignment.model})`,
        "Map each profile to its own key.",
      );
    owner.set(key, assignment.profile);
    next[key] = assignment.model;
    assignments.push({ profile: assignment.profile, key, model: assignment.model });
  }
  return { assignments, next };
}

/**
 * Applies a promotion's model names to a policy target.
 *
 * Refuses a promotion built on simulated runs unless `allowSimulated`, and one whose
 * `promotion.status` is not `passed` unless `force` (recorded). Reads what the target
 * holds, then — unless `dryRun` or nothing changes — writes a checkpoint (previous state, new state,
 * source run ids, gate hash, target, time) BEFORE changing anything, applies, and records the result
 * in the checkpoint. A failed apply leaves the checkpoint (result `failed`) for `rollbackCheckpoint`.
 * Profiles without a model are skipped and reported.
 * @throws APPLY_REFUSED, ARGUMENT_INVALID (key map), TARGET_FAILED (checkpoint kept when written)
 */
export async function applyPromotion(
  input: ApplyPromotionInput,
  ctx: PromotionContext,
): Promise<ApplyOutcome> {
  const { promotion } = input;
  if (promotion.simulated && !input.allowSimulated)
    throw applyRefused(
      `The promotion is built on simulated evidence (runs ${promotion.sourceRunIds.join(", ")} were answered by the simulator, not by real models), so it is not applied.`,
      "Nothing was changed. Run the benchmark against your real models and apply that gate, or pass --allow-simulated to apply this one anyway (for trying apply and rollback on a scratch file).",
      { simulated: true, sourceRunIds: promotion.sourceRunIds },
    );
  const forced = promotion.status !== "passed";
  if (forced && !input.force) {
    const blockers =
      promotion.blockers.length > 0 ? `:\n${promotion.blockers.map((b) => `  - ${b}`).join("\n")}` : ".";
    throw applyRefused(
      `The gate ${promotion.status === "blocked" ? "is blocked" : "failed"} (status ${promotion.status}), so its promotion is not applied${blockers}`,
      "Nothing was changed. Fix the blockers and run the gate again, or pass --force to apply anyway (the checkpoint records it).",
      { status: promotion.status, blockers: promotion.blockers },
    );
  }
  const { assignments, next } = assignKeys(promotion, input.keys ?? {});
  const skipped = assignments
    .filter((a) => a.model === null)
    .map((a) => ({ profile: a.profile, reason: a.skipped ?? "" }));
  if (Object.keys(next).length === 0)
    throw applyRefused(
      "The promotion names no model for any profile, so there is nothing to apply.",
      "Nothing was changed. Check the gate report: no candidate passed any profile.",
      { skipped },
    );

  const target = describeTarget(input.target);
  const keys = Object.keys(next);
  const held = await readHeldState(input.target.component, { target: input.target.ref, keys }, ctx).catch(
    (error: unknown) => {
      throw toTargetError(error, target, "reading the current state", "Nothing was changed.", {
        signal: ctx.signal,
        doing: "reading",
      });
    },
  );
  const previous: Record<string, string | null> = {};
  for (const key of keys) previous[key] = held[key] ?? null;
  const previousNull = keys.filter((key) => heldValue(held, key) === null);

  const changes: PlannedChange[] = assignments
    .filter((a): a is CheckpointAssignment & { model: string } => a.model !== null)
    .map((a) => ({
      profile: a.profile,
      key: a.key,
      model: a.model,
      previous: previous[a.key] ?? null,
      ...(previousNull.includes(a.key) ? { previousNull: true } : {}),
      changed: previous[a.key] !== a.model,
    }));
  const plan: ApplyPlan = { target, changes, skipped, forced };
  if (input.dryRun) return { status: "dry-run", plan };
  if (!changes.some((c) => c.changed)) return { status: "unchanged", plan };
  if (ctx.signal.aborted)
    throw targetInterrupted(target.label, "reading", "Nothing was changed; no checkpoint was written.");

  const clock = ctx.clock ?? SYSTEM_CLOCK;
  const createdAt = clock.now();
  let checkpoint: Checkpoint = {
    schemaVersion: CHECKPOINT_SCHEMA_VERSION,
    kind: "checkpoint",
    createdAt: new Date(createdAt).toISOString(),
    target,
    source: {
      ...(input.sourceFile ? { file: input.sourceFile } : {}),
      gateHash: promotion.gateHash,
      sourceRunIds: promotion.sourceRunIds,
      status: promotion.status,
      blockers: promotion.blockers,
      ...(promotion.policy ? { policy: promotion.policy } : {}),
      promotionCreatedAt: promotion.createdAt,
      ...(promotion.simulated ? { simulated: true } : {}),
    },
    forced,
    assignments,
    previous,
    ...(previousNull.length > 0 ? { previousNull } : {}),
    next,
    result: { status: "pending" },
    rollbacks: [],
  };
  const checkpointFile = await createDocumentFile(
    input.checkpointDir,
    `${toFileStamp(createdAt)}-${toTargetSlug(target.uri)}`,
    checkpoint,
  );

  try {
    const result = await input.target.component.apply({ target: input.target.ref, next }, ctx);
    checkpoint = {
      ...checkpoint,
      result: {
        status: "applied",
        finishedAt: new Date(clock.now()).toISOString(),
        applied: result.applied,
        ...(result.detail ? { detail: result.detail } : {}),
      },
    };
    await updateDocumentFile(checkpointFile, checkpoint);
    return { status: "applied", plan, checkpointFile, checkpoint };
  } catch (error) {
    const failure = toTargetError(
      error,
      target,
      "applying the promotion",
      `The target may hold some of the new values; checkpoint kept at ${checkpointFile} — run \`benchloop rollback --checkpoint ${checkpointFile}\` to restore the previous state.`,
      { signal: ctx.signal, doing: "applying the promotion to", checkpointFile },
    );
    checkpoint = {
      ...checkpoint,
      result: {
        status: failure.code === "TARGET_INTERRUPTED" ? "interrupted" : "failed",
        finishedAt: new Date(clock.now()).toISOString(),
        error: { code: failure.code, message: failure.message },
      },
    };
    await updateDocumentFile(checkpointFile, checkpoint);
    throw failure;
  }
}

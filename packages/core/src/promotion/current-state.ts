// What is applied today, per role profile, for `dev-cycle`'s notes: read from the policy target when
// one is known (`--target` or `apply.target`), else from the last applied checkpoint not rolled back.
import { readdir } from "node:fs/promises";
import path from "node:path";
import type { ComponentContext } from "../plugin/contracts.js";
import type { ApplySettings, PromotionCommandContext } from "./apply-settings.js";
import { CHECKPOINTS_DIR, readCheckpoint } from "./checkpoint-store.js";
import { findPolicyTarget } from "./find-policy-target.js";

/** What is applied today, by profile, and where that was read. */
export interface CurrentState {
  source: string;
  held: Record<string, string>;
}

async function targetState(
  ctx: PromotionCommandContext,
  settings: ApplySettings,
  profiles: readonly string[],
  component: ComponentContext,
): Promise<CurrentState> {
  const keys: Record<string, string> = Object.fromEntries(profiles.map((p) => [p, settings.keys[p] ?? p]));
  const target = findPolicyTarget(ctx.registry, ctx.scope, settings.target, settings);
  const read = await target.component.read({ target: target.ref, keys: Object.values(keys) }, component);
  const held: Record<string, string> = {};
  for (const [profile, key] of Object.entries(keys)) if (read[key] !== undefined) held[profile] = read[key];
  return { source: settings.target, held };
}

/** The models of the newest checkpoint in `resultsDir` that was applied and not rolled back. */
export async function lastAppliedState(resultsDir: string): Promise<CurrentState | undefined> {
  const dir = path.join(resultsDir, CHECKPOINTS_DIR);
  const files = (await readdir(dir).catch(() => [] as string[]))
    .filter((f) => f.endsWith(".json") && !f.includes("rollback"))
    .sort()
    .reverse();
  for (const file of files) {
    const checkpoint = await readCheckpoint(path.join(dir, file)).catch(() => undefined);
    if (checkpoint?.result.status !== "applied") continue;
    if (checkpoint.rollbacks.some((r) => r.status === "restored")) continue;
    const held: Record<string, string> = {};
    for (const a of checkpoint.assignments) if (a.model) held[a.profile] = a.model;
    return { source: `checkpoint ${path.join(dir, file)} (${checkpoint.target.label})`, held };
  }
  return undefined;
}

/** What is applied today for `profiles`: the target's keys when `settings` names one, else the last apply. */
export function readCurrentState(
  ctx: PromotionCommandContext,
  settings: ApplySettings | undefined,
  profiles: readonly string[],
  component: ComponentContext,
): Promise<CurrentState | undefined> {
  if (settings) return targetState(ctx, settings, profiles, component);
  return lastAppliedState(path.resolve(ctx.cwd, ctx.config.resultsDir));
}

// Default sandbox limits and how a pool's and a job's partial limits combine into the ones in force.
import type { SandboxLimits } from "./sandbox-types.js";

/** Limits used where neither the pool nor the job says otherwise. */
export const DEFAULT_SANDBOX_LIMITS: Readonly<SandboxLimits> = Object.freeze({
  wallMs: 15_000,
  cpuMs: 10_000,
  checkTimeoutMs: 2_000,
  memoryMb: 256,
  outputBytes: 1_000_000,
});

/**
 * Merges partial limits, later ones winning field by field, over the defaults.
 * @throws TypeError naming the field when a limit is not a positive finite number.
 */
export function resolveLimits(...layers: Array<Partial<SandboxLimits> | undefined>): SandboxLimits {
  const limits: SandboxLimits = { ...DEFAULT_SANDBOX_LIMITS };
  for (const layer of layers) {
    if (!layer) continue;
    for (const key of Object.keys(DEFAULT_SANDBOX_LIMITS) as Array<keyof SandboxLimits>) {
      const value = layer[key];
      if (value === undefined) continue;
      if (typeof value !== "number" || !Number.isFinite(value) || value <= 0) {
        throw new TypeError(
          `sandbox limit "${key}" is ${String(value)}; give a positive number (default ${DEFAULT_SANDBOX_LIMITS[key]})`,
        );
      }
      limits[key] = value;
    }
  }
  return limits;
}

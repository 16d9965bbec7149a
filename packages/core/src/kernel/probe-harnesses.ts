// Before a resumed run executes its missing items: asks each harness they need whether it is
// available, and fails with every unavailable one named.
import type { ProbeResult } from "../plugin/contracts.js";
import type { RegistryScope } from "../plugin/registry.js";
import type { Logger } from "../plugin/services.js";
import { harnessUnavailable } from "./kernel-errors.js";

/**
 * Probes the harnesses `ids` (10 s each; a probe that throws counts as unavailable).
 * @throws HARNESS_UNAVAILABLE naming every harness that is not available, and why
 */
export async function probeNeeded(ids: Set<string>, scope: RegistryScope, logger: Logger): Promise<void> {
  const down: Record<string, ProbeResult> = {};
  for (const id of ids) {
    const probe = await scope
      .get("harness", id)
      .probe({ signal: AbortSignal.timeout(10_000), logger })
      .catch((error: unknown) => ({
        available: false,
        reason: `probe failed: ${error instanceof Error ? error.message : String(error)}`,
      }));
    if (!probe.available) down[id] = probe;
  }
  if (Object.keys(down).length > 0) throw harnessUnavailable(down);
}

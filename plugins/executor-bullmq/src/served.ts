// What this worker can serve: each of its harnesses probed with this machine's server address, and
// the models of those that answer. A harness that does not answer is a problem the worker reports.
import type { ExecutorServeInput, Logger } from "@benchloop/core";
import { redactRedisUrl } from "./redis-url.js";
import type { AdvertisedHarness } from "./wire.js";

const PROBE_MS = 5_000;

/** Probes the worker's harnesses: those serving models, and why each other one does not. */
export async function probeServed(
  input: ExecutorServeInput,
  logger: Logger,
): Promise<{ served: AdvertisedHarness[]; problems: string[] }> {
  const served: AdvertisedHarness[] = [];
  const problems: string[] = [];
  for (const id of input.harnesses) {
    const ctx = { signal: AbortSignal.timeout(PROBE_MS), logger };
    try {
      const harness = input.scope.get("harness", id);
      const probe = await harness.probe(ctx);
      const where = probe.endpoint ? ` at ${redactRedisUrl(probe.endpoint)}` : "";
      if (!probe.available) {
        problems.push(`${id}${where}: ${probe.reason ?? "not available"}`);
        continue;
      }
      const models = harness.listModels ? await harness.listModels(ctx) : [];
      if (models.length === 0) {
        problems.push(`${id}${where}: serves no model`);
        continue;
      }
      served.push({
        id,
        ...(input.harnessVersions.get(id) ? { version: input.harnessVersions.get(id) } : {}),
        ...(probe.endpoint ? { endpoint: redactRedisUrl(probe.endpoint) } : {}),
        ...(probe.simulated ? { simulated: true } : {}),
        models,
      });
    } catch (error) {
      problems.push(`${id}: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
  return { served, problems };
}

// A harness as the coordinator sees it through the queue: available when a live worker serves it,
// with the models the workers serving it advertise. Planning asks this instead of a local server.
import type { ComponentContext, Harness, ModelInfo, ModelQuery, ProbeResult } from "@benchloop/core";
import type { Redis } from "ioredis";
import { liveAdverts, liveProblems } from "./adverts.js";

/** The view of harness `id` through the queue whose Redis is `redis` (`label`: its redacted URL). */
export function harnessViewOf(
  redis: Redis,
  id: string,
  label: string,
): Pick<Harness, "probe" | "listModels"> {
  return {
    async probe(_ctx: ComponentContext): Promise<ProbeResult> {
      const adverts = await liveAdverts(redis);
      const serving = adverts.filter((advert) => advert.harnesses.some((h) => h.id === id));
      if (serving.length > 0) {
        const first = serving[0]!.harnesses.find((h) => h.id === id)!;
        return {
          available: true,
          endpoint: `${label} (${serving.map((a) => a.id).join(", ")})`,
          ...(first.version ? { version: first.version } : {}),
          ...(serving.every((a) => a.harnesses.find((h) => h.id === id)?.simulated)
            ? { simulated: true }
            : {}),
        };
      }
      const problems = await liveProblems(redis);
      const told = problems.map((p) => `worker ${p.id}: ${p.reason}`).join("; ");
      return {
        available: false,
        endpoint: label,
        reason:
          adverts.length === 0 && problems.length === 0
            ? `no worker is connected to ${label}; start one beside each model server (benchloop worker --queue <url>)`
            : `no worker connected to ${label} serves ${id}${told ? ` (${told})` : ""}`,
      };
    },
    async listModels(_ctx: ComponentContext, query?: ModelQuery): Promise<ModelInfo[]> {
      const byName = new Map<string, ModelInfo>();
      for (const advert of await liveAdverts(redis)) {
        for (const harness of advert.harnesses) {
          if (harness.id !== id) continue;
          for (const model of harness.models) if (!byName.has(model.name)) byName.set(model.name, model);
        }
      }
      const models = [...byName.values()].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
      if (!query?.names) return models;
      const wanted = new Set(query.names.flatMap((n) => [n, n.includes(":") ? n : `${n}:latest`]));
      return models.filter((model) => wanted.has(model.name));
    },
  };
}

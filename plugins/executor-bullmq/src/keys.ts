// Names in Redis: one BullMQ queue per (harness, model) route, so a worker takes only the items of the
// models it serves; the advertisement hash of the live workers; the tests of the runs, by content hash.
import { createHash } from "node:crypto";

/** BullMQ's key prefix for every queue of benchloop. */
export const PREFIX = "benchloop";
/** Hash of worker id → advertisement (JSON). */
export const WORKERS_KEY = `${PREFIX}:workers`;
/** Hash of worker id → the problem that keeps it from serving (JSON). */
export const PROBLEMS_KEY = `${PREFIX}:worker-problems`;
/** An advertisement older than this is a dead worker's. */
export const ADVERT_TTL_MS = 15_000;

/** The queue of the items of `model` on `harness`. */
export function routeQueue(harness: string, model: string): string {
  const digest = createHash("sha256").update(`${harness}\u0000${model}`).digest("hex").slice(0, 20);
  return `items-${digest}`;
}

/** The key a test's JSON is kept under (shared by every run that uses the same test content). */
export function testKey(contentHash: string): string {
  return `${PREFIX}:tests:${contentHash}`;
}

/** The BullMQ job id of plan item `index` of `runId`: the same on a resume, so a job is never doubled. */
export function jobIdOf(runId: string, index: number): string {
  return `${runId.replace(/:/g, "_")}-${index}`;
}

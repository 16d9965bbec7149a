// Workers advertise what they serve (harnesses and their models) in a Redis hash, refreshed every few
// seconds; the coordinator plans from the live advertisements, so a run uses the models its workers
// have. A worker that cannot serve writes its problem instead, and the coordinator names it.
import type { Redis } from "ioredis";
import { ADVERT_TTL_MS, PROBLEMS_KEY, WORKERS_KEY } from "./keys.js";
import type { WorkerAdvert, WorkerProblem } from "./wire.js";

function parseAll<T extends { seenAt: number }>(raw: Record<string, string>, now: number): T[] {
  const live: T[] = [];
  for (const text of Object.values(raw)) {
    try {
      const value = JSON.parse(text) as T;
      if (now - value.seenAt <= ADVERT_TTL_MS) live.push(value);
    } catch {
      // A malformed entry (another tool's, a torn write) is no worker.
    }
  }
  return live;
}

/** The advertisements of the live workers. */
export async function liveAdverts(redis: Redis, now = Date.now()): Promise<WorkerAdvert[]> {
  return parseAll<WorkerAdvert>(await redis.hgetall(WORKERS_KEY), now);
}

/** The problems live workers report (those that serve nothing). */
export async function liveProblems(redis: Redis, now = Date.now()): Promise<WorkerProblem[]> {
  return parseAll<WorkerProblem>(await redis.hgetall(PROBLEMS_KEY), now);
}

/** Writes (or refreshes) a worker's advertisement and clears its problem. */
export async function advertise(redis: Redis, advert: WorkerAdvert): Promise<void> {
  await redis
    .multi()
    .hset(WORKERS_KEY, advert.id, JSON.stringify(advert))
    .hdel(PROBLEMS_KEY, advert.id)
    .exec();
}

/** Writes (or refreshes) a worker's problem and withdraws its advertisement. */
export async function reportProblem(redis: Redis, problem: WorkerProblem): Promise<void> {
  await redis
    .multi()
    .hset(PROBLEMS_KEY, problem.id, JSON.stringify(problem))
    .hdel(WORKERS_KEY, problem.id)
    .exec();
}

/** Removes every trace of a worker (it stopped). */
export async function withdraw(redis: Redis, id: string): Promise<void> {
  await redis.multi().hdel(WORKERS_KEY, id).hdel(PROBLEMS_KEY, id).exec();
}

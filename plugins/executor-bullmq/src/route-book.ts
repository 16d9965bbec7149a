// The coordinator's side of the queue: one BullMQ queue (and its event stream) per route, the items
// waiting for their job, adds gathered into one `addBulk` per tick, and a sweep that reads the jobs
// themselves — so an answer whose event was missed (a coordinator that reattaches on resume, a Redis
// restart) is still picked up, and a job Redis lost (restarted without persistence) is added again.
import type { BenchTest, Logger } from "@benchloop/core";
import { type JobsOptions, Queue, QueueEvents } from "bullmq";
import type { Redis } from "ioredis";
import { PREFIX, routeQueue, testKey } from "./keys.js";
import { redisOptionsOf } from "./redis-url.js";
import type { ItemJobData, ItemJobReturn } from "./wire.js";

/** Jobs per `addBulk` call. */
const ADD_SLICE = 500;
/** How often the sweep reads the jobs of the waiting items. */
const SWEEP_MS = 2_000;
/** How long a test's JSON stays in Redis after its last run stored it. */
const TEST_TTL_S = 7 * 24 * 3600;
/** Jobs are kept after they end (so a resumed coordinator finds their answers), this long. */
const KEEP = { age: 7 * 24 * 3600 };

interface Route {
  name: string;
  queue: Queue;
  events: QueueEvents;
  ready: Promise<void>;
}

interface Waiter {
  route: Route;
  data: ItemJobData;
  test: BenchTest;
  added: boolean;
  /** Called once when the worker says the answer is in (before scoring). */
  onGenerated?: () => void;
  resolve(value: ItemJobReturn): void;
  reject(error: unknown): void;
}

/** The routes of one coordinator. */
export interface RouteBook {
  /** Adds the item's job (or finds it) and resolves with what its worker returned. */
  run(
    job: { jobId: string; harness: string; model: string },
    data: ItemJobData,
    test: BenchTest,
    signal: AbortSignal,
    onGenerated?: () => void,
  ): Promise<ItemJobReturn>;
  close(): Promise<void>;
}

function parseReturn(value: unknown): ItemJobReturn {
  return (typeof value === "string" ? JSON.parse(value) : value) as ItemJobReturn;
}

/** Creates the route book of a coordinator connected to `redis`. */
export function createRouteBook(options: {
  url: string;
  label: string;
  redis: Redis;
  logger: Logger;
}): RouteBook {
  const { redis, logger, label } = options;
  const connection = redisOptionsOf(options.url);
  const routes = new Map<string, Route>();
  const waiters = new Map<string, Waiter>();
  const storedTests = new Map<string, Promise<unknown>>();
  let toAdd: { jobId: string; waiter: Waiter }[] = [];
  let flushing = false;
  let unreachableSince: number | undefined;

  const settle = (jobId: string, outcome: { value: ItemJobReturn } | { error: unknown }) => {
    const waiter = waiters.get(jobId);
    if (!waiter) return;
    waiters.delete(jobId);
    if ("value" in outcome) waiter.resolve(outcome.value);
    else waiter.reject(outcome.error);
  };
  const failedJob = (jobId: string, reason: string) =>
    new Error(`the worker's job ${jobId} failed: ${reason}`);

  const routeOf = (harness: string, model: string): Route => {
    const name = routeQueue(harness, model);
    let route = routes.get(name);
    if (route) return route;
    const queue = new Queue(name, { connection, prefix: PREFIX });
    const events = new QueueEvents(name, { connection, prefix: PREFIX });
    events.on("completed", ({ jobId, returnvalue }) => {
      if (waiters.has(jobId)) settle(jobId, { value: parseReturn(returnvalue) });
    });
    events.on("failed", ({ jobId, failedReason }) =>
      settle(jobId, { error: failedJob(jobId, failedReason) }),
    );
    queue.on("error", () => undefined);
    events.on("error", () => undefined);
    route = { name, queue, events, ready: events.waitUntilReady().then(() => undefined) };
    routes.set(name, route);
    return route;
  };

  const storeTest = (test: BenchTest, again = false): Promise<unknown> => {
    let stored = again ? undefined : storedTests.get(test.contentHash);
    if (!stored) {
      stored = redis.set(testKey(test.contentHash), JSON.stringify(test), "EX", TEST_TTL_S);
      storedTests.set(test.contentHash, stored);
    }
    return stored;
  };

  /** Reads the jobs of `jobIds`: settles those that ended, adds again those Redis no longer has. */
  const check = async (jobIds: string[]) => {
    const pipeline = redis.pipeline();
    const asked: string[] = [];
    for (const jobId of jobIds) {
      const waiter = waiters.get(jobId);
      if (!waiter?.added) continue;
      asked.push(jobId);
      pipeline.hmget(
        `${PREFIX}:${waiter.route.name}:${jobId}`,
        "data",
        "returnvalue",
        "failedReason",
        "finishedOn",
      );
    }
    if (asked.length === 0) return;
    const replies = (await pipeline.exec()) ?? [];
    const lost: string[] = [];
    asked.forEach((jobId, at) => {
      const [error, fields] = replies[at] ?? [];
      if (error || !Array.isArray(fields)) return;
      const [data, returnvalue, failedReason, finishedOn] = fields as (string | null)[];
      if (data === null) lost.push(jobId);
      else if (finishedOn && returnvalue !== null && !failedReason)
        settle(jobId, { value: parseReturn(returnvalue) });
      else if (finishedOn && failedReason) settle(jobId, { error: failedJob(jobId, failedReason) });
    });
    for (const jobId of lost) {
      const waiter = waiters.get(jobId);
      if (!waiter) continue;
      logger.warn(`job ${jobId} is gone from the queue at ${label} (Redis restarted?); adding it again`);
      waiter.added = false;
      await storeTest(waiter.test, true);
      toAdd.push({ jobId, waiter });
    }
    if (lost.length > 0) scheduleFlush();
  };

  const flush = async () => {
    flushing = false;
    const batch = toAdd;
    toAdd = [];
    const byRoute = new Map<Route, { jobId: string; waiter: Waiter }[]>();
    for (const entry of batch) {
      if (!waiters.has(entry.jobId)) continue;
      const list = byRoute.get(entry.waiter.route) ?? [];
      list.push(entry);
      byRoute.set(entry.waiter.route, list);
    }
    for (const [route, entries] of byRoute) {
      await route.ready;
      const opts = (jobId: string): JobsOptions => ({ jobId, removeOnComplete: KEEP, removeOnFail: KEEP });
      // Slices sent at once: serialising one overlaps Redis running the one before.
      const slices: Promise<unknown>[] = [];
      for (let start = 0; start < entries.length; start += ADD_SLICE)
        slices.push(
          route.queue.addBulk(
            entries.slice(start, start + ADD_SLICE).map(({ jobId, waiter }) => ({
              name: waiter.data.unit.item.key,
              data: waiter.data,
              opts: opts(jobId),
            })),
          ),
        );
      await Promise.all(slices);
      for (const { waiter } of entries) waiter.added = true;
    }
  };
  let rechecks = new Set<string>();
  const recheck = (jobId: string) => {
    if (rechecks.size === 0)
      setImmediate(() => {
        const jobIds = [...rechecks];
        rechecks = new Set();
        check(jobIds).catch(() => undefined);
      });
    rechecks.add(jobId);
  };
  const scheduleFlush = () => {
    if (flushing) return;
    flushing = true;
    setImmediate(() => {
      flush().catch((error: unknown) => {
        logger.warn(
          `adding jobs to ${label} failed: ${error instanceof Error ? error.message : String(error)}; retrying`,
        );
        for (const entry of batch()) toAdd.push(entry);
        setTimeout(scheduleFlush, SWEEP_MS).unref();
      });
    });
  };
  const batch = () => [...waiters].filter(([, w]) => !w.added).map(([jobId, waiter]) => ({ jobId, waiter }));

  // One abort listener per run signal (not one per item): an abort drops every item waiting on it.
  const watched = new WeakMap<AbortSignal, Set<string>>();
  const watch = (signal: AbortSignal): Set<string> => {
    let jobIds = watched.get(signal);
    if (!jobIds) {
      const ids = new Set<string>();
      jobIds = ids;
      watched.set(signal, ids);
      signal.addEventListener(
        "abort",
        () => {
          for (const jobId of ids) settle(jobId, { error: signal.reason });
          ids.clear();
        },
        { once: true },
      );
    }
    return jobIds;
  };

  const sweep = setInterval(() => {
    redis
      .ping()
      .then(() => {
        if (unreachableSince !== undefined) logger.info(`the queue at ${label} is reachable again`);
        unreachableSince = undefined;
        return check([...waiters.keys()]);
      })
      .catch((error: unknown) => {
        if (unreachableSince === undefined) {
          unreachableSince = Date.now();
          logger.warn(
            `the queue at ${label} cannot be reached (${error instanceof Error ? error.message : String(error)}); waiting for it (Ctrl-C stops the run; run --resume finishes it later)`,
          );
        }
      });
  }, SWEEP_MS);
  sweep.unref();

  return {
    async run(job, data, test, signal, onGenerated) {
      const route = routeOf(job.harness, job.model);
      await storeTest(test);
      return new Promise<ItemJobReturn>((resolve, reject) => {
        if (signal.aborted) return reject(signal.reason);
        watch(signal).add(job.jobId);
        const waiter: Waiter = { route, data, test, added: false, resolve, reject };
        if (onGenerated) waiter.onGenerated = onGenerated;
        waiters.set(job.jobId, waiter);
        toAdd.push({ jobId: job.jobId, waiter });
        scheduleFlush();
      });
    },
    async close() {
      clearInterval(sweep);
      for (const [jobId] of waiters) settle(jobId, { error: new Error("the coordinator closed") });
      await Promise.all([...routes.values()].flatMap((r) => [r.queue.close(), r.events.close()]));
    },
  };
}

// `benchloop worker`: probes this machine's harnesses (with its own server addresses), advertises the
// models they serve, and takes jobs only from the queues of those (harness, model) routes. Every few
// seconds it probes again: a model server that stops answering pauses the worker (it reports why and
// takes nothing) until it answers again. A worker killed mid-item loses its job lock and BullMQ's
// stalled-job check gives the job to another worker.
import { hostname } from "node:os";
import type { ComponentContext, ExecutorServeInput } from "@benchloop/core";
import { Worker } from "bullmq";
import { Redis } from "ioredis";
import { advertise, reportProblem, withdraw } from "./adverts.js";
import { PREFIX, routeQueue } from "./keys.js";
import { redactRedisUrl, redisOptionsOf } from "./redis-url.js";
import { createJobRunner } from "./run-job.js";
import { probeServed } from "./served.js";
import type { AdvertisedHarness } from "./wire.js";

/** How often the worker probes its model server and refreshes its advertisement. */
const REFRESH_MS = 3_000;

/** A job's lock: a killed worker's job is taken again this long after its last renewal. */
function lockMs(): number {
  const fromEnv = Number(process.env.BENCHLOOP_QUEUE_LOCK_MS);
  return Number.isFinite(fromEnv) && fromEnv >= 500 ? fromEnv : 30_000;
}

function describe(served: AdvertisedHarness[]): string {
  return served
    .map(
      (h) =>
        `${h.id}${h.endpoint ? ` at ${h.endpoint}` : ""}: ${h.models.map((m) => m.name).join(", ") || "no models"}`,
    )
    .join("; ");
}

/** Runs a worker until `input.signal` aborts; then lets its items in flight finish and withdraws. */
export async function serveQueue(input: ExecutorServeInput, ctx: ComponentContext): Promise<void> {
  const label = redactRedisUrl(input.url);
  const connection = redisOptionsOf(input.url);
  const redis = new Redis(connection);
  redis.on("error", () => undefined);
  const id = `${hostname()}-${process.pid}`;
  const host = hostname();
  const kill = new AbortController();
  const runJob = createJobRunner({ input, redis, workerId: id, logger: ctx.logger, signal: kill.signal });
  const workers = new Map<string, Worker>();
  let paused = false;
  let said = "";
  const say = (line: string) => {
    if (line === said) return;
    said = line;
    input.print(line);
  };

  const refresh = async () => {
    const { served, problems } = await probeServed(input, ctx.logger);
    const now = Date.now();
    if (served.length === 0) {
      const reason = problems.join("; ") || `none of ${input.harnesses.join(", ")} serves a model here`;
      say(
        `worker ${id} cannot serve: ${reason}; taking nothing (checking again every ${REFRESH_MS / 1000} s)`,
      );
      await reportProblem(redis, { id, host, reason, seenAt: now });
      if (!paused) await Promise.all([...workers.values()].map((w) => w.pause(true)));
      paused = true;
      return;
    }
    const lock = lockMs();
    for (const harness of served) {
      for (const model of harness.models) {
        const name = routeQueue(harness.id, model.name);
        if (workers.has(name)) continue;
        const worker = new Worker(name, runJob, {
          connection,
          prefix: PREFIX,
          concurrency: input.concurrency,
          lockDuration: lock,
          stalledInterval: lock,
          maxStalledCount: 2,
        });
        worker.on("error", (error) =>
          ctx.logger.warn(`worker queue ${name}: ${redactRedisUrl(error.message)}`),
        );
        worker.on("failed", (job, error) =>
          input.print(`worker ${id}: ${job?.name ?? "a job"} failed: ${redactRedisUrl(error.message)}`),
        );
        workers.set(name, worker);
      }
    }
    if (paused) for (const worker of workers.values()) worker.resume();
    paused = false;
    say(`worker ${id} on ${label} serves ${describe(served)} (concurrency ${input.concurrency})`);
    await advertise(redis, {
      id,
      host,
      pid: process.pid,
      concurrency: input.concurrency,
      harnesses: served,
      seenAt: now,
    });
  };

  let refreshing: Promise<void> = Promise.resolve();
  const tick = () => {
    refreshing = refresh().catch((error: unknown) =>
      say(
        `worker ${id}: the queue at ${label} cannot be reached (${redactRedisUrl(error instanceof Error ? error.message : String(error))}); retrying`,
      ),
    );
  };
  tick();
  const timer = setInterval(tick, REFRESH_MS);
  await new Promise<void>((resolve) => {
    if (input.signal.aborted) resolve();
    else input.signal.addEventListener("abort", () => resolve(), { once: true });
  });
  clearInterval(timer);
  await refreshing;
  input.print(`worker ${id} stopping: finishing its items in flight`);
  await Promise.all([...workers.values()].map((w) => w.close()));
  await withdraw(redis, id).catch(() => undefined);
  kill.abort();
  redis.disconnect();
  input.print(`worker ${id} stopped`);
}

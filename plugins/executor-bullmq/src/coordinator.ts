// The coordinator's executor: each item becomes a BullMQ job on the queue of its (harness, model)
// route, with a job id made of the run id and the item's plan index, so a resumed run finds the jobs
// of its earlier session instead of doubling them. The answer comes back as the job's return value
// (the item result, its artifacts, the scores made) and is handed to the kernel, which journals and
// caches it exactly as it does an in-process item.
import path from "node:path";
import {
  BenchloopError,
  type ComponentContext,
  type ExecuteContext,
  type Executor,
  type ExecutorOpenInput,
  type ItemResult,
  type ItemUnit,
} from "@benchloop/core";
import { Redis } from "ioredis";
import { harnessViewOf } from "./harness-view.js";
import { jobIdOf } from "./keys.js";
import { redactRedisUrl, redisOptionsOf } from "./redis-url.js";
import { createRouteBook } from "./route-book.js";
import type { ItemJobData, ItemJobReturn } from "./wire.js";

/** How long opening waits for Redis before saying it cannot be reached. */
const CONNECT_TIMEOUT_MS = 5_000;

/** Connects, or throws QUEUE_UNREACHABLE naming the (redacted) address and what to do. */
async function connect(url: string, label: string): Promise<Redis> {
  const redis = new Redis({ ...redisOptionsOf(url), lazyConnect: true, maxRetriesPerRequest: 1 });
  const failed = (reason: string) =>
    new BenchloopError({
      code: "QUEUE_UNREACHABLE",
      message: `cannot reach the queue at ${label}: ${redactRedisUrl(reason)}. Start Redis there (redis-server) or check --queue.`,
    });
  const timer = setTimeout(() => redis.disconnect(), CONNECT_TIMEOUT_MS);
  try {
    await redis.connect();
    await redis.ping();
  } catch (error) {
    redis.disconnect();
    throw failed(error instanceof Error ? error.message : String(error));
  } finally {
    clearTimeout(timer);
  }
  redis.disconnect();
  // The working connection waits through a Redis restart instead of failing commands.
  return new Redis(redisOptionsOf(url));
}

/**
 * What the kernel's context gets from a returned job: artifacts written, scores kept, the generation
 * handed over (after the early slot release `early`, when the worker reported the answer was in).
 */
async function deliver(
  returned: ItemJobReturn,
  ctx: ExecuteContext,
  early: Promise<void> | undefined,
): Promise<ItemResult> {
  for (const artifact of returned.artifacts)
    await ctx.artifacts.write(path.posix.basename(artifact.path), Buffer.from(artifact.base64, "base64"));
  for (const { key, score, scoreMs } of returned.scores) ctx.scoreCache?.put(key, score, scoreMs);
  const { result } = returned;
  const stage = result.failure?.stage;
  // Once the early release holds its scoring slot, this call only keeps the generation for the cache.
  if (early) await early;
  await ctx.generated(stage === "generate" || stage === "prepare" ? undefined : result.generation);
  return result;
}

/**
 * Opens the coordinator of one run on the queue at `input.url`.
 * @throws ARGUMENT_INVALID for an address that is not redis:// or rediss://, QUEUE_UNREACHABLE
 */
export async function openCoordinator(input: ExecutorOpenInput, ctx: ComponentContext): Promise<Executor> {
  const label = redactRedisUrl(input.url);
  const redis = await connect(input.url, label);
  const book = createRouteBook({ url: input.url, label, redis, logger: ctx.logger });
  return {
    async prepareModel() {
      // Each worker warms its own model server up before its first item of a model.
      return undefined;
    },
    async releaseModel() {},
    harnessView: (id) => harnessViewOf(redis, id, label),
    async execute(unit: ItemUnit, ctx: ExecuteContext): Promise<ItemResult> {
      const { test, ...rest } = unit;
      const data: ItemJobData = { unit: rest, test: { id: test.id, contentHash: test.contentHash } };
      let early: Promise<void> | undefined;
      const returned = await book.run(
        { jobId: jobIdOf(unit.runId, unit.index), harness: unit.item.harness, model: unit.item.model },
        data,
        test,
        ctx.signal,
        () => {
          // The answer is in: the generation slot goes to the next item while this one scores.
          early = ctx.generated(undefined).catch(() => undefined);
        },
      );
      return deliver(returned, ctx, early);
    },
    async close() {
      await book.close();
      redis.disconnect();
    },
  };
}

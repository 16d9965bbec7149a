// One job on a worker: the item unit made whole again (its test read from Redis once per content
// hash), run by core's in-process executor with this machine's harness and scorer, its artifacts
// written to a scratch folder and sent back with the result. Transient failures are retried inside,
// by the same rules as on one machine; the model is warmed up once per (harness, model).
import { mkdtemp, readdir, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import {
  type BenchTest,
  createArtifactWriter,
  createInProcessExecutor,
  type ExecuteContext,
  type ExecutorServeInput,
  type Logger,
  SYSTEM_CLOCK,
} from "@benchloop/core";
import { type Job, UnrecoverableError } from "bullmq";
import type { Redis } from "ioredis";
import { testKey } from "./keys.js";
import type { ItemJobData, ItemJobReturn, WireArtifact } from "./wire.js";

/** Every file under `dir`, as paths relative to `root` with forward slashes. */
async function filesUnder(root: string, dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true }).catch(() => []);
  const files: string[] = [];
  for (const entry of entries) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) files.push(...(await filesUnder(root, full)));
    else files.push(path.relative(root, full).split(path.sep).join("/"));
  }
  return files;
}

/** Makes the job processor of a worker. `signal` aborts the items in flight (the worker is killed). */
export function createJobRunner(options: {
  input: ExecutorServeInput;
  redis: Redis;
  workerId: string;
  logger: Logger;
  signal: AbortSignal;
}): (job: Job<ItemJobData>) => Promise<ItemJobReturn> {
  const { input, redis, workerId, logger, signal } = options;
  const executor = createInProcessExecutor({ scope: input.scope });
  const tests = new Map<string, Promise<BenchTest>>();
  const prepared = new Map<string, Promise<void>>();

  const testOf = (ref: ItemJobData["test"]): Promise<BenchTest> => {
    let test = tests.get(ref.contentHash);
    if (!test) {
      test = redis.get(testKey(ref.contentHash)).then((text) => {
        if (text === null) {
          tests.delete(ref.contentHash);
          throw new Error(`test ${ref.id} (${ref.contentHash.slice(0, 12)}) is not in the queue's store`);
        }
        return JSON.parse(text) as BenchTest;
      });
      tests.set(ref.contentHash, test);
    }
    return test;
  };

  const ensureModel = (data: ItemJobData): Promise<void> => {
    const { harness: id, model } = data.unit.item;
    const key = `${id}\u0000${model}`;
    let ready = prepared.get(key);
    if (!ready) {
      const harness = input.scope.get("harness", id);
      ready = harness.prepare
        ? harness
            .prepare(
              { model, sampling: data.unit.sampling },
              {
                signal: AbortSignal.any([signal, AbortSignal.timeout(data.unit.timeouts.prepareMs)]),
                logger,
              },
            )
            .then(() => undefined)
        : Promise.resolve();
      // A failed warm-up is tried again by the model's next item.
      ready.catch(() => prepared.delete(key));
      prepared.set(key, ready);
    }
    return ready;
  };

  return async (job) => {
    const data = job.data;
    const { scorer } = data.unit;
    const have = input.scorers.get(scorer.id);
    if (have !== scorer.version)
      throw new UnrecoverableError(
        `worker ${workerId} has scorer ${scorer.id} ${have ? `version ${have}` : "not installed"}, the run needs ${scorer.version}: install the same benchloop version on every machine`,
      );
    const test = await testOf(data.test);
    const scratch = await mkdtemp(path.join(tmpdir(), "benchloop-worker-"));
    try {
      const artifacts = createArtifactWriter(scratch, data.unit.item.key);
      const scores: ItemJobReturn["scores"] = [];
      const cachedScores = data.unit.cached?.scores;
      const ctx: ExecuteContext = {
        signal,
        clock: SYSTEM_CLOCK,
        logger,
        emit: () => undefined,
        artifacts,
        reportProcess: () => undefined,
        ensureModel: () => ensureModel(data),
        // Tells the coordinator the answer is in: it frees the item's generation slot and queues the
        // next item while this one scores, as an in-process run does.
        generated: async (generation) => {
          if (generation && !data.unit.cached)
            void job.updateProgress({ generated: true }).catch(() => undefined);
        },
        ...(data.unit.cache
          ? {
              scoreCache: {
                get: (key: string) => cachedScores?.[key],
                put: (key: string, score: ItemJobReturn["scores"][number]["score"], scoreMs?: number) => {
                  scores.push({ key, score, ...(scoreMs !== undefined ? { scoreMs } : {}) });
                },
              },
            }
          : {}),
      };
      const result = await executor.execute({ ...data.unit, test }, ctx);
      await artifacts.settled?.();
      const files: WireArtifact[] = [];
      for (const file of await filesUnder(scratch, scratch))
        files.push({ path: file, base64: (await readFile(path.join(scratch, file))).toString("base64") });
      return { result, artifacts: files, scores, worker: workerId };
    } finally {
      await rm(scratch, { recursive: true, force: true });
    }
  };
}

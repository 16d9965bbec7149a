// Faults of a distributed run on a real Redis with the built CLI: a worker killed with SIGKILL while
// items are in flight (BullMQ's stalled-job check hands its jobs to the other worker), the coordinator
// killed and resumed (it reattaches to the jobs of its first session), Redis restarted without its
// data (the coordinator queues the lost jobs again). Every time each item is journalled exactly once.
import { createHash } from "node:crypto";
import { readFile } from "node:fs/promises";
import path from "node:path";
import { Redis } from "ioredis";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { makeTempDir, runBenchloop } from "../helpers/cli.js";
import { type Daemon, startDaemon, startSimulator, startWorker } from "./processes.js";
import { isCi, type RedisServer, redisMissing, startRedis } from "./redis-server.js";

const missing = redisMissing();
if (missing && isCi()) throw new Error(missing);
/** Workers give a killed worker's job back after this lock (30 s by default). */
const WORKER_ENV = { BENCHLOOP_QUEUE_LOCK_MS: "1500" };
const RUN = ["run", "--models", "sim/oracle", "--harnesses", "ollama", "--tests", "smoke,csv-parser"];
const RUN_FLAGS = ["--repeats", "4", "--no-cache", "--concurrency", "4", "--json"];

interface Line {
  key: string;
  status: string;
}

async function journal(runDir: string): Promise<Line[]> {
  const text = await readFile(path.join(runDir, "items.jsonl"), "utf8");
  return text
    .trim()
    .split("\n")
    .map((line) => JSON.parse(line) as Line);
}

/** Every one of the 16 items journalled once, and passed (sim/oracle answers right). */
function expectEachOnce(lines: Line[]): void {
  const keys = lines.map((line) => line.key);
  expect(new Set(keys).size).toBe(keys.length);
  expect(keys.length).toBe(16);
  expect(lines.filter((line) => line.status !== "passed")).toEqual([]);
}

describe.skipIf(missing !== undefined)(`distributed run faults (${missing ?? "redis-server found"})`, () => {
  let temp: { dir: string; remove: () => Promise<void> };
  let redis: RedisServer;
  const daemons: Daemon[] = [];
  let sims: string[] = [];

  const coordinator = () => startDaemon([...RUN, ...RUN_FLAGS, "--queue", redis.url], temp.dir);
  const runDirOf = async (daemon: Daemon) => (await daemon.waitFor(/"runDir":"([^"]+)"/))[1]!;
  const ended = (daemon: Daemon, count: number) =>
    daemon.waitFor(new RegExp(`("type":"item:end"[^\\n]*\\n[^]*){${count}}`), 60_000);

  beforeAll(async () => {
    temp = await makeTempDir("queue-faults");
    redis = await startRedis();
    const started = await Promise.all([
      startSimulator(temp.dir, { models: ["sim/oracle"], latencyScale: 0.3 }),
      startSimulator(temp.dir, { models: ["sim/oracle"], latencyScale: 0.3 }),
    ]);
    daemons.push(...started.map((s) => s.daemon));
    sims = started.map((s) => s.url);
  }, 120_000);

  afterAll(async () => {
    await Promise.all(daemons.map((d) => d.stop()));
    await redis?.stop();
    await temp?.remove();
  });

  it("a worker killed mid-item: its jobs are taken again by the other, each item journalled once", async () => {
    const doomed = await startWorker(temp.dir, redis.url, sims[0]!, { env: WORKER_ENV });
    const survivor = await startWorker(temp.dir, redis.url, sims[1]!, { env: WORKER_ENV });
    daemons.push(doomed, survivor);
    const run = coordinator();
    daemons.push(run);
    const runDir = await runDirOf(run);
    await ended(run, 1);
    // Both workers hold jobs (2 each): the one killed is mid-item.
    const queue = `benchloop:items-${createHash("sha256").update("ollama\u0000sim/oracle:latest").digest("hex").slice(0, 20)}`;
    const client = new Redis(redis.url);
    while ((await client.llen(`${queue}:active`)) < 4)
      await new Promise((resolve) => setTimeout(resolve, 20));
    client.disconnect();
    await doomed.stop("SIGKILL");
    await run.waitFor(/"type":"run:end"[^\n]*"status":"completed"/, 120_000);
    expectEachOnce(await journal(runDir));
    await survivor.stop();
  }, 240_000);

  it("the coordinator killed: run --resume reattaches to the queue and finishes", async () => {
    const workers = await Promise.all(
      sims.map((url) => startWorker(temp.dir, redis.url, url, { env: WORKER_ENV })),
    );
    daemons.push(...workers);
    const first = coordinator();
    daemons.push(first);
    const runDir = await runDirOf(first);
    await ended(first, 2);
    await first.stop("SIGKILL");
    const resumed = await runBenchloop(
      ["run", "--resume", path.basename(runDir), "--queue", redis.url, "--json"],
      {
        cwd: temp.dir,
      },
    );
    expect(resumed.exitCode, resumed.stderr).toBe(0);
    expect(resumed.stdout).toMatch(/"type":"run:end"[^\n]*"status":"completed"/);
    expectEachOnce(await journal(runDir));
    await Promise.all(workers.map((w) => w.stop()));
  }, 240_000);

  it("Redis restarted without its data: the run goes on and finishes", async () => {
    const workers = await Promise.all(
      sims.map((url) => startWorker(temp.dir, redis.url, url, { env: WORKER_ENV })),
    );
    daemons.push(...workers);
    const run = coordinator();
    daemons.push(run);
    const runDir = await runDirOf(run);
    await ended(run, 2);
    await redis.restart();
    await run.waitFor(/"type":"run:end"[^\n]*"status":"completed"/, 120_000);
    expectEachOnce(await journal(runDir));
    await Promise.all(workers.map((w) => w.stop()));
  }, 240_000);
});

// A run spread over two workers on a real Redis, with the built CLI: each worker beside its own
// simulator serving a different model, so an item that went to the wrong machine would fail. The
// distributed run gives the same item keys, statuses and scores as the same plan in one process; a
// second distributed run is served from the coordinator's cache; a worker without a model server says
// so and takes nothing; the Redis password never shows in any output or file.
import { readFile } from "node:fs/promises";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { makeTempDir, runBenchloop } from "../helpers/cli.js";
import { type Daemon, startSimulator, startWorker } from "./processes.js";
import { isCi, type RedisServer, redisMissing, startRedis } from "./redis-server.js";

const PASSWORD = "queue-secret-4242";
const TESTS = "smoke,calculator-basic,csv-parser";
const missing = redisMissing();
if (missing && isCi()) throw new Error(missing);

interface Item {
  key: string;
  status: string;
  cache: string;
  score?: { passed: boolean; checks?: unknown[] };
}

async function runItems(runDir: string): Promise<Item[]> {
  return (JSON.parse(await readFile(path.join(runDir, "run.json"), "utf8")) as { items: Item[] }).items;
}

function runDirOf(stdout: string): string {
  const end = stdout
    .trim()
    .split("\n")
    .map((line) => JSON.parse(line) as { type: string; runDir?: string })
    .find((event) => event.type === "run:end");
  if (!end?.runDir) throw new Error(`no run:end event in:\n${stdout}`);
  return end.runDir;
}

describe.skipIf(missing !== undefined)(
  `distributed runs on BullMQ (${missing ?? "redis-server found"})`,
  () => {
    let temp: { dir: string; remove: () => Promise<void> };
    let redis: RedisServer;
    const daemons: Daemon[] = [];
    let simOracle: string;
    let simSloppy: string;
    let simBoth: string;

    beforeAll(async () => {
      temp = await makeTempDir("queue");
      redis = await startRedis({ password: PASSWORD });
      const sims = await Promise.all([
        startSimulator(temp.dir, { models: ["sim/oracle"] }),
        startSimulator(temp.dir, { models: ["sim/sloppy"] }),
        startSimulator(temp.dir, { models: ["sim/oracle", "sim/sloppy"] }),
      ]);
      daemons.push(...sims.map((s) => s.daemon));
      [simOracle, simSloppy, simBoth] = sims.map((s) => s.url) as [string, string, string];
      daemons.push(
        ...(await Promise.all([
          startWorker(temp.dir, redis.url, simOracle),
          startWorker(temp.dir, redis.url, simSloppy),
        ])),
      );
    }, 120_000);

    afterAll(async () => {
      await Promise.all(daemons.map((d) => d.stop()));
      await redis?.stop();
      await temp?.remove();
    });

    it("routes each model to the worker beside it and matches the in-process run item for item", async () => {
      const filters = ["--models", "sim/oracle,sim/sloppy", "--harnesses", "ollama", "--tests", TESTS];
      const local = await runBenchloop(
        ["run", ...filters, "--ollama-url", simBoth, "--no-cache", "--concurrency", "4", "--json"],
        { cwd: temp.dir },
      );
      expect(local.exitCode, local.stderr).toBe(0);
      const spread = await runBenchloop(
        ["run", ...filters, "--queue", redis.url, "--concurrency", "4", "--json"],
        {
          cwd: temp.dir,
        },
      );
      expect(spread.exitCode, spread.stderr).toBe(0);
      const [a, b] = [await runItems(runDirOf(local.stdout)), await runItems(runDirOf(spread.stdout))];
      expect(b.length).toBe(12);
      const shape = (items: Item[]) =>
        items.map((item) => ({
          key: item.key,
          status: item.status,
          passed: item.score?.passed,
          checks: item.score?.checks,
        }));
      expect(shape(b)).toEqual(shape(a));
      // sim/oracle passes, sim/sloppy fails some: each ran where its model is (elsewhere: "not found").
      expect(b.filter((item) => item.status === "error")).toEqual([]);
      expect(b.every((item) => item.cache === "miss")).toBe(true);

      // The same plan again: every answer comes from the coordinator's cache, whoever computed it.
      const again = await runBenchloop(["run", ...filters, "--queue", redis.url, "--json"], {
        cwd: temp.dir,
      });
      expect(again.exitCode, again.stderr).toBe(0);
      const replayed = await runItems(runDirOf(again.stdout));
      expect(replayed.map((item) => item.cache)).toEqual(replayed.map(() => "hit"));
      expect(shape(replayed)).toEqual(shape(a));

      // The password is in no output and no file of the runs.
      const runDir = runDirOf(spread.stdout);
      const files = await Promise.all(
        ["plan.json", "run.json", "items.jsonl"].map((f) => readFile(path.join(runDir, f), "utf8")),
      );
      for (const text of [
        spread.stdout,
        spread.stderr,
        again.stdout,
        again.stderr,
        ...files,
        ...daemons.map((d) => d.output()),
      ])
        expect(text).not.toContain(PASSWORD);
      expect(files[0]).toContain("redis://***@127.0.0.1");
    }, 180_000);

    it("a worker that cannot reach its model server says so and takes nothing", async () => {
      const worker = await startWorker(temp.dir, redis.url, "http://127.0.0.1:9", {
        expect: /cannot serve: .*taking nothing/,
      });
      daemons.push(worker);
      expect(worker.output()).toMatch(/ollama at http:\/\/127\.0\.0\.1:9/);
      expect(worker.output()).not.toContain(PASSWORD);
      // The coordinator names it when nothing serves what the run asks for.
      const asked = await runBenchloop(
        ["run", "--models", "sim/thinker", "--harnesses", "ollama", "--tests", "smoke", "--queue", redis.url],
        { cwd: temp.dir },
      );
      expect(asked.exitCode).not.toBe(0);
      expect(`${asked.stdout}${asked.stderr}`).not.toContain(PASSWORD);
      await worker.stop();
    }, 60_000);

    it("an unreachable queue is a clear error, its credentials redacted", async () => {
      const url = `redis://:${PASSWORD}@127.0.0.1:9`;
      const result = await runBenchloop(["run", "--tests", "smoke", "--queue", url], { cwd: temp.dir });
      expect(result.exitCode).not.toBe(0);
      expect(result.stderr).toContain("cannot reach the queue at redis://***@127.0.0.1:9");
      expect(`${result.stdout}${result.stderr}`).not.toContain(PASSWORD);
    }, 60_000);
  },
);

// A real redis-server (Debian's package) started by the tests on a free port, without persistence.
// Without it the queue tests fail in CI (CI=true) saying what to install, and are skipped, saying so,
// on a developer machine.
import { type ChildProcess, spawn } from "node:child_process";
import { existsSync } from "node:fs";
import { createServer } from "node:net";
import { Redis } from "ioredis";

/** Where redis-server is looked for: BENCHLOOP_REDIS_SERVER, else Debian's /usr/bin/redis-server. */
export const REDIS_SERVER_PATH = process.env.BENCHLOOP_REDIS_SERVER ?? "/usr/bin/redis-server";

/** Why the queue tests cannot run here, or undefined when they can. */
export function redisMissing(): string | undefined {
  if (existsSync(REDIS_SERVER_PATH)) return undefined;
  return `redis-server was not found at ${REDIS_SERVER_PATH}. Install it (\`apt-get install -y redis-server\`; .ci/run does) or point BENCHLOOP_REDIS_SERVER at a redis-server binary.`;
}

/** True in CI (`CI=true` or `CI=1`), where a missing redis-server is a failure, not a skip. */
export function isCi(): boolean {
  return process.env.CI === "true" || process.env.CI === "1";
}

/** A free TCP port on loopback. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      const port = typeof address === "object" && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

/** A running redis-server. */
export interface RedisServer {
  url: string;
  port: number;
  /** Stops it (SIGTERM) and waits for it to exit. */
  stop(): Promise<void>;
  /** Starts it again on the same port (its data is gone: it keeps none). */
  restart(): Promise<void>;
}

async function waitForPing(url: string): Promise<void> {
  for (let attempt = 0; attempt < 100; attempt++) {
    const redis = new Redis(url, { lazyConnect: true, maxRetriesPerRequest: 0, retryStrategy: () => null });
    redis.on("error", () => undefined);
    try {
      await redis.connect();
      await redis.ping();
      redis.disconnect();
      return;
    } catch {
      redis.disconnect();
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  }
  throw new Error(`redis-server did not answer at ${url}`);
}

/** Starts redis-server on a free port (requirepass `password` when given). */
export async function startRedis(options: { password?: string } = {}): Promise<RedisServer> {
  const port = await freePort();
  let child: ChildProcess | undefined;
  const auth = options.password ? `:${options.password}@` : "";
  const url = `redis://${auth}127.0.0.1:${port}`;
  const start = async () => {
    const args = ["--port", String(port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no"];
    if (options.password) args.push("--requirepass", options.password);
    child = spawn(REDIS_SERVER_PATH, args, { stdio: "ignore" });
    await waitForPing(url);
  };
  const stop = async () => {
    const running = child;
    child = undefined;
    if (!running || running.exitCode !== null) return;
    await new Promise<void>((resolve) => {
      running.once("exit", () => resolve());
      running.kill("SIGTERM");
    });
  };
  await start();
  return {
    url,
    port,
    stop,
    restart: async () => {
      await stop();
      await start();
    },
  };
}

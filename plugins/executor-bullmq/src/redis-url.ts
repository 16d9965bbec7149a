// The queue's address: a `redis://` or `rediss://` URL, checked, turned into ioredis options, and
// printed only with its credentials replaced by `***`.
import { argumentInvalid, redactUrlCredentials } from "@benchloop/core";
import type { RedisOptions } from "ioredis";

/** The URL with its user:password (and secret query values) replaced by `***`. */
export function redactRedisUrl(url: string): string {
  return redactUrlCredentials(url);
}

/**
 * ioredis options of a queue URL. `maxRetriesPerRequest: null` (BullMQ needs it) makes a command wait
 * through a Redis restart instead of failing, so a run goes on when Redis comes back.
 * @throws ARGUMENT_INVALID when the URL is not a redis:// or rediss:// address
 */
export function redisOptionsOf(url: string): RedisOptions {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw argumentInvalid("--queue", `"${redactRedisUrl(url)}" is not a URL; write redis://host:6379`);
  }
  if (parsed.protocol !== "redis:" && parsed.protocol !== "rediss:")
    throw argumentInvalid(
      "--queue",
      `"${redactRedisUrl(url)}" is not a Redis address (redis://host:6379 or rediss://host:6380)`,
    );
  const db = parsed.pathname.length > 1 ? Number(parsed.pathname.slice(1)) : 0;
  return {
    host: parsed.hostname || "127.0.0.1",
    port: parsed.port ? Number(parsed.port) : 6379,
    ...(parsed.username ? { username: decodeURIComponent(parsed.username) } : {}),
    ...(parsed.password ? { password: decodeURIComponent(parsed.password) } : {}),
    ...(Number.isInteger(db) && db > 0 ? { db } : {}),
    ...(parsed.protocol === "rediss:" ? { tls: {} } : {}),
    maxRetriesPerRequest: null,
    enableReadyCheck: true,
    retryStrategy: (times: number) => Math.min(200 * times, 2_000),
  };
}

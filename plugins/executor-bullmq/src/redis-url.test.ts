import { describe, expect, it } from "vitest";
import { jobIdOf, routeQueue, testKey } from "./keys.js";
import { redactRedisUrl, redisOptionsOf } from "./redis-url.js";

describe("redisOptionsOf", () => {
  it("takes host, port, credentials, database and TLS from the URL", () => {
    const options = redisOptionsOf("rediss://bench:s%40cret@gpu-box:6380/3");
    expect(options).toMatchObject({
      host: "gpu-box",
      port: 6380,
      username: "bench",
      password: "s@cret",
      db: 3,
      tls: {},
      maxRetriesPerRequest: null,
    });
  });

  it("defaults to port 6379 and database 0", () => {
    const options = redisOptionsOf("redis://127.0.0.1");
    expect([options.port, options.db, options.password]).toEqual([6379, undefined, undefined]);
  });

  it("refuses what is not a Redis address, without printing its password", () => {
    expect(() => redisOptionsOf("http://user:hunter2@host:6379")).toThrow(/not a Redis address/);
    expect(() => redisOptionsOf("http://user:hunter2@host:6379")).not.toThrow(/hunter2/);
    expect(() => redisOptionsOf("not a url")).toThrow(/redis:\/\/host:6379/);
  });

  it("redacts the credentials of a URL", () => {
    expect(redactRedisUrl("redis://bench:hunter2@gpu-box:6379")).not.toContain("hunter2");
  });
});

describe("queue keys", () => {
  it("routes one queue per harness and model, the same on every machine", () => {
    expect(routeQueue("ollama", "sim/oracle:latest")).toBe(routeQueue("ollama", "sim/oracle:latest"));
    expect(routeQueue("ollama", "sim/oracle:latest")).not.toBe(routeQueue("openai", "sim/oracle:latest"));
    expect(routeQueue("ollama", "sim/oracle:latest")).toMatch(/^items-[0-9a-f]{20}$/);
  });

  it("gives a plan item the same job id on a resume, with no colon", () => {
    expect(jobIdOf("20261208T010203Z-abc123", 7)).toBe("20261208T010203Z-abc123-7");
    expect(jobIdOf("a:b", 1)).toBe("a_b-1");
    expect(testKey("ff00")).toBe("benchloop:tests:ff00");
  });
});

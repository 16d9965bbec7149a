import { describe, expect, expectTypeOf, it } from "vitest";
import { z } from "zod";
import { ConfigSchema } from "../config/config-schema.js";
import { BenchloopError } from "../errors/benchloop-error.js";
import type { Harness } from "./contracts.js";
import { definePlugin } from "./define-plugin.js";
import { createRegistry } from "./registry.js";

const harness = (text: string): Harness => ({
  probe: async () => ({ available: true }),
  generate: async () => ({ text, tokens: {}, timing: { wallMs: 0 } }),
});

/** A plugin whose schema counts its parses and whose factory keeps the config it received. */
function countingPlugin() {
  const seen: { parses: number; configs: unknown[] } = { parses: 0, configs: [] };
  const schema = z
    .object({
      baseUrl: z.string().default("http://127.0.0.1:1"),
      retries: z.number().int().default(2),
    })
    .strict()
    .transform((value) => {
      seen.parses++;
      return value;
    });
  const plugin = definePlugin({
    name: "benchloop-typed",
    apiVersion: "^1",
    register(r) {
      r.harness(
        "typed",
        (deps) => {
          expectTypeOf(deps.config).toEqualTypeOf<{ baseUrl: string; retries: number }>();
          seen.configs.push(deps.config);
          return harness(deps.config.baseUrl);
        },
        { configSchema: schema },
      );
      r.harness("untyped", (deps) => {
        expectTypeOf(deps.config).toEqualTypeOf<unknown>();
        return harness("untyped");
      });
    },
  });
  return { plugin, seen };
}

describe("typed component config", () => {
  it("hands the factory its section parsed once, by validateConfig, with defaults applied", async () => {
    const { plugin, seen } = countingPlugin();
    const registry = createRegistry();
    registry.addPlugin(plugin, "1.0.0");
    const config = ConfigSchema.parse({ harnesses: { typed: { baseUrl: "http://box:1" } } });
    expect(registry.validateConfig(config)).toEqual([]);
    expect(seen.parses).toBe(1);
    const first = registry.createScope({ config, cwd: "/" });
    const second = registry.createScope({ config, cwd: "/" });
    first.get("harness", "typed");
    second.get("harness", "typed");
    expect(seen.configs).toEqual([
      { baseUrl: "http://box:1", retries: 2 },
      { baseUrl: "http://box:1", retries: 2 },
    ]);
    expect(seen.parses).toBe(1);
    await first.dispose();
    await second.dispose();
  });

  it("parses a section not validated before at the factory's first need, still once", () => {
    const { plugin, seen } = countingPlugin();
    const registry = createRegistry();
    registry.addPlugin(plugin, "1.0.0");
    const config = ConfigSchema.parse({});
    registry.createScope({ config, cwd: "/" }).get("harness", "typed");
    registry.createScope({ config, cwd: "/" }).get("harness", "typed");
    expect(seen.configs).toEqual([
      { baseUrl: "http://127.0.0.1:1", retries: 2 },
      { baseUrl: "http://127.0.0.1:1", retries: 2 },
    ]);
    expect(seen.parses).toBe(1);
  });

  it("refuses to build a component from an invalid section, naming the field (never the raw value)", () => {
    const { plugin, seen } = countingPlugin();
    const registry = createRegistry();
    registry.addPlugin(plugin, "1.0.0");
    const config = ConfigSchema.parse({ harnesses: { typed: { retries: "many" } } });
    let error: unknown;
    try {
      registry.createScope({ config, cwd: "/" }).get("harness", "typed");
    } catch (thrown) {
      error = thrown;
    }
    expect(BenchloopError.is(error) && error.code).toBe("CONFIG_INVALID");
    expect((error as Error).message).toContain("harnesses.typed.retries");
    expect(seen.configs).toEqual([]);
  });
});

import { describe, expect, it } from "vitest";
import { z } from "zod";
import { ConfigSchema } from "../config/config-schema.js";
import { BenchloopError } from "../errors/benchloop-error.js";
import type { Exporter, Harness } from "./contracts.js";
import { definePlugin } from "./define-plugin.js";
import { createRegistry } from "./registry.js";

function harness(label: string): Harness {
  return {
    probe: async () => ({ available: true, version: label }),
    generate: async () => ({ text: label, tokens: {}, timing: { wallMs: 0 } }),
  };
}

const exporter: Exporter = { export: async () => undefined };

const multi = definePlugin({
  name: "benchloop-plugin-multi",
  apiVersion: 1,
  register(r) {
    r.harness("alpha", () => harness("alpha"), {
      configSchema: z.object({ baseUrl: z.string().url().default("http://127.0.0.1:1") }).strict(),
    });
    r.harness("beta", () => harness("beta"));
    r.exporter("csv", () => exporter, { extension: "csv" });
  },
});

function failureOf(fn: () => unknown): BenchloopError {
  try {
    fn();
  } catch (error) {
    if (BenchloopError.is(error)) return error;
    throw error;
  }
  throw new Error("expected a throw");
}

describe("Registry", () => {
  it("registers several components of several kinds from one plugin", () => {
    const registry = createRegistry();
    const entries = registry.addPlugin(multi, "1.2.3");
    expect(entries.map((e) => `${e.kind}:${e.id}@${e.version}`)).toEqual([
      "harness:alpha@1.2.3",
      "harness:beta@1.2.3",
      "exporter:csv@1.2.3",
    ]);
    expect(registry.list("harness").map((e) => e.id)).toEqual(["alpha", "beta"]);
    expect(registry.list("scorer")).toEqual([]);
  });

  it("resolves a component by name and says which names exist when it is unknown", async () => {
    const registry = createRegistry();
    registry.addPlugin(multi, "1.0.0");
    const scope = registry.createScope({ config: ConfigSchema.parse({}), cwd: "/" });
    expect(
      await scope.get("harness", "beta").probe({ signal: AbortSignal.timeout(1000), logger: console }),
    ).toEqual({ available: true, version: "beta" });
    const error = failureOf(() => scope.get("harness", "gamma"));
    expect(error.code).toBe("NAME_UNKNOWN");
    expect(error.hint).toBe("Valid harnesss: alpha, beta.");
  });

  it("gives each run scope its own instances and hands factories their validated config", () => {
    const seen: unknown[] = [];
    const registry = createRegistry();
    registry.addPlugin(
      definePlugin({
        name: "p",
        apiVersion: 1,
        register(r) {
          r.harness(
            "alpha",
            (deps) => {
              seen.push(deps.config);
              return harness("x");
            },
            { configSchema: z.object({ baseUrl: z.string().default("http://default") }).strict() },
          );
        },
      }),
      "1.0.0",
    );
    const one = registry.createScope({
      config: ConfigSchema.parse({ harnesses: { alpha: { baseUrl: "http://one" } } }),
      cwd: "/",
    });
    const two = registry.createScope({ config: ConfigSchema.parse({}), cwd: "/" });
    expect(one.get("harness", "alpha")).toBe(one.get("harness", "alpha"));
    expect(one.get("harness", "alpha")).not.toBe(two.get("harness", "alpha"));
    expect(seen).toEqual([{ baseUrl: "http://one" }, { baseUrl: "http://default" }]);
  });

  it("validates every plugin config section with full paths", () => {
    const registry = createRegistry();
    registry.addPlugin(multi, "1.0.0");
    const issues = registry.validateConfig(
      ConfigSchema.parse({ harnesses: { alpha: { baseUrl: "not a url", colour: 1 }, omega: {} } }),
    );
    expect(issues.map((i) => i.path)).toEqual([
      "harnesses.alpha.baseUrl",
      "harnesses.alpha.colour",
      "harnesses.omega",
    ]);
    expect(issues[2]?.message).toBe('no harness "omega" is installed (installed: alpha, beta)');
  });

  it("refuses a second plugin registering the same kind and id, naming both, and keeps none of its components", () => {
    const registry = createRegistry();
    registry.addPlugin(multi, "1.0.0");
    const clash = definePlugin({
      name: "benchloop-plugin-clash",
      apiVersion: 1,
      register(r) {
        r.exporter("markdown", () => exporter, { extension: "md" });
        r.harness("beta", () => harness("clash"));
      },
    });
    const error = failureOf(() => registry.addPlugin(clash, "1.0.0"));
    expect(error.code).toBe("PLUGIN_CONFLICT");
    expect(error.message).toBe(
      'harness "beta" is registered by both benchloop-plugin-multi and benchloop-plugin-clash; benchloop-plugin-clash was not loaded.',
    );
    expect(registry.has("exporter", "markdown")).toBe(false);
  });

  it.each([["Upper"], ["1st"], ["with space"], ["under_score"]])(
    "refuses the id %j with the pattern in words",
    (id) => {
      const registry = createRegistry();
      const error = failureOf(() =>
        registry.addPlugin(
          definePlugin({ name: "p", apiVersion: 1, register: (r) => r.harness(id, () => harness(id)) }),
          "1.0.0",
        ),
      );
      expect(error.code).toBe("PLUGIN_ID_INVALID");
      expect(error.message).toContain("must start with a lowercase letter");
    },
  );

  it("wraps a throwing factory as PLUGIN_FAILED with plugin, kind and id", () => {
    const registry = createRegistry();
    registry.addPlugin(
      definePlugin({
        name: "benchloop-harness-broken",
        apiVersion: 1,
        register: (r) =>
          r.harness("broken", () => {
            throw new Error("no socket");
          }),
      }),
      "0.1.0",
    );
    const scope = registry.createScope({ config: ConfigSchema.parse({}), cwd: "/" });
    const error = failureOf(() => scope.get("harness", "broken"));
    expect(error.code).toBe("PLUGIN_FAILED");
    expect(error.message).toBe('harness "broken" from benchloop-harness-broken failed in create: no socket');
  });
});

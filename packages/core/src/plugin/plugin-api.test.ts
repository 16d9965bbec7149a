import { describe, expect, it } from "vitest";
import { BenchloopError } from "../errors/benchloop-error.js";
import { definePlugin, PLUGIN_API_VERSION } from "./define-plugin.js";
import { createRegistry } from "./registry.js";

function pluginWith(apiVersion: unknown) {
  return definePlugin({
    name: "benchloop-ranged",
    apiVersion: apiVersion as string,
    register: (r) => r.exporter("ranged", () => ({ export: async () => undefined }), { extension: "txt" }),
  });
}

function refusal(apiVersion: unknown): BenchloopError {
  const registry = createRegistry();
  try {
    registry.addPlugin(pluginWith(apiVersion), "3.1.0");
  } catch (error) {
    expect(registry.has("exporter", "ranged")).toBe(false);
    if (BenchloopError.is(error)) return error;
    throw error;
  }
  throw new Error(`apiVersion ${String(apiVersion)} was accepted`);
}

describe("the plugin-API range a plugin declares", () => {
  it("core states its plugin API as a semver version", () => {
    expect(PLUGIN_API_VERSION).toMatch(/^1\.\d+\.\d+$/);
  });

  it.each(["^1", "1.x", ">=1.0.0 <3", "^1.0.0", 1])("loads a plugin declaring %j", (apiVersion) => {
    const registry = createRegistry();
    registry.addPlugin(pluginWith(apiVersion), "3.1.0");
    expect(registry.has("exporter", "ranged")).toBe(true);
  });

  it("refuses a plugin for another plugin API at load, naming the plugin, its range, core's version and the fix", () => {
    const error = refusal("^2");
    expect(error.code).toBe("PLUGIN_API_MISMATCH");
    expect(error.message).toBe(
      `Plugin benchloop-ranged supports plugin API ^2, but this benchloop implements plugin API ${PLUGIN_API_VERSION}.`,
    );
    expect(error.hint).toContain("benchloop-ranged");
    expect(error.hint).toContain("^2");
    expect(error.details).toEqual({ found: "^2", supported: PLUGIN_API_VERSION });
  });

  it("reads a bare number N, the form before ranges, as ^N", () => {
    expect(refusal(0).message).toBe(
      `Plugin benchloop-ranged supports plugin API ^0, but this benchloop implements plugin API ${PLUGIN_API_VERSION}.`,
    );
  });

  it.each([["banana"], [undefined], [""]])(
    "refuses a plugin whose apiVersion is not a range: %j",
    (apiVersion) => {
      const error = refusal(apiVersion);
      expect(error.code).toBe("PLUGIN_API_MISMATCH");
      expect(error.message).toContain("is not a semver range");
    },
  );
});

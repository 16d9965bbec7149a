import { describe, expect, it } from "vitest";
import { z } from "zod";
import { BenchloopError } from "../errors/benchloop-error.js";
import { definePlugin } from "../plugin/define-plugin.js";
import { createRegistry } from "../plugin/registry.js";
import { SILENT_LOGGER } from "../plugin/services.js";
import { coerceTargetOptions, findPolicyTarget, targetScheme } from "./find-policy-target.js";

const OptionsSchema = z
  .object({
    create: z.boolean().default(false),
    method: z.enum(["POST", "PUT"]).optional(),
    label: z.string().optional(),
  })
  .strict();

function setup() {
  const registry = createRegistry();
  registry.addPlugin(
    definePlugin({
      name: "test-targets",
      apiVersion: 1,
      register(r) {
        r.policyTarget(
          "memo",
          () => ({
            describe: ({ target }) => ({ uri: target.uri, options: target.options ?? {}, label: target.uri }),
            read: async () => ({}),
            apply: async ({ next }) => ({ applied: next }),
          }),
          { schemes: ["memo"], configSchema: OptionsSchema },
        );
      },
    }),
    "0.0.0",
  );
  return { registry, scope: registry.createScope({ config: {} as never, cwd: "/", logger: SILENT_LOGGER }) };
}

function thrown(body: () => unknown): BenchloopError {
  try {
    body();
  } catch (error) {
    if (BenchloopError.is(error)) return error;
    throw error;
  }
  throw new Error("expected an error");
}

describe("findPolicyTarget", () => {
  it("finds the target by scheme and keeps options its schema accepts", () => {
    const { registry, scope } = setup();
    const found = findPolicyTarget(registry, scope, "memo:x", { options: { create: true } });
    expect(found).toMatchObject({
      id: "memo",
      plugin: "test-targets",
      ref: { uri: "memo:x", options: { create: true } },
    });
    expect(targetScheme("HTTPS://a")).toBe("https");
  });

  it("names the option, where it was set and the target's own options when one does not fit", () => {
    const { registry, scope } = setup();
    const unknown = thrown(() => findPolicyTarget(registry, scope, "memo:x", { options: { colour: "red" } }));
    expect(unknown.message).toBe("--option colour: does not apply to memo: targets");
    expect(unknown.hint).toContain("create, method, label");
    const bad = thrown(() =>
      findPolicyTarget(registry, scope, "memo:x", {
        options: { method: "PATCH" },
        optionSources: { method: "apply.options.method in benchloop.config.json" },
      }),
    );
    expect(bad.message).toMatch(
      /^apply\.options\.method in benchloop\.config\.json: .*\(an option of memo: targets\)$/,
    );
    const none = thrown(() => findPolicyTarget(registry, scope, "ftp://x"));
    expect(none.code).toBe("NAME_UNKNOWN");
    expect(none.hint).toContain("memo");
  });

  it("reads --option text as the schema takes it: text, else JSON", () => {
    expect(coerceTargetOptions(OptionsSchema, { create: "true", method: "PUT", label: "42" })).toEqual({
      create: true,
      method: "PUT",
      label: "42",
    });
    expect(coerceTargetOptions(OptionsSchema, { create: "maybe" })).toEqual({ create: "maybe" });
  });
});

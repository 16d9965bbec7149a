import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { BenchloopError } from "@benchloop/core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { defaultPolicy, loadPolicy, parsePolicyText } from "./load-policy.js";
import { BUILTIN_PROFILES, resolveProfile } from "./policy-schema.js";

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), "gate-policy-"));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

function issuesOf(text: string): {
  code: string;
  issues: { path: string; line?: number; message: string }[];
} {
  try {
    parsePolicyText(text, "policy.yaml");
  } catch (error) {
    if (!BenchloopError.is(error)) throw error;
    return { code: error.code, issues: (error.details as { issues: [] }).issues };
  }
  throw new Error("expected the policy to be refused");
}

describe("defaultPolicy", () => {
  it("ships low_latency, balanced and high_reasoning for a 16 GB machine, each scored on its role suite", () => {
    const { policy, source } = defaultPolicy();
    expect(source).toEqual({ format: "default", notes: [] });
    expect(policy.name).toBe("default-16gb");
    expect(Object.keys(policy.profiles)).toEqual(["low_latency", "balanced", "high_reasoning"]);
    for (const name of Object.keys(BUILTIN_PROFILES) as (keyof typeof BUILTIN_PROFILES)[]) {
      const profile = resolveProfile(name, policy.profiles[name]!);
      expect(profile.role).toBe(BUILTIN_PROFILES[name].role);
      // Each profile is scored on its own role suite, and weighs no suite a baseline games.
      // (`balanced`, the everyday coding assistant, also requires the coding catalog.)
      expect(profile.requiredSuites).toEqual(name === "balanced" ? [name, "coding"] : [name]);
      // Every profile gates on pass@1 of its role suite, not only on its check rate.
      expect(profile.thresholds.some((t) => t.metric === "passAt1" && t.suite === name)).toBe(true);
      expect(Object.keys(profile.suiteWeights)).toContain(name);
      expect(Object.keys(profile.suiteWeights)).not.toContain("legacy-syntax");
      expect(Object.keys(profile.suiteWeights)).not.toContain("live");
      expect(profile.thresholds.find((t) => t.metric === "vramGb")?.max).toBeLessThanOrEqual(14);
      // A model whose code never passes its tests (0 % pass@1) fails every profile: min above 0.
      expect(profile.codePassAt1?.min).toBeGreaterThan(0);
    }
    expect(policy.governance.blockingSeverities).toEqual(["critical"]);
  });
});

describe("parsePolicyText", () => {
  const yaml = [
    "schemaVersion: 1",
    "name: mine",
    "profiles:",
    "  reviewer:",
    "    role: Reviews pull requests.",
    "    candidates: [qwen3:8b, llama3.1:8b]",
    "    thresholds:",
    "      - { metric: passAt1, suite: live, bound: lower, min: 0.5 }",
    "    objective: { ability: 1, latency: 0 }",
  ].join("\n");

  it("reads YAML and the same policy written as JSON alike, with defaults filled", () => {
    const fromYaml = parsePolicyText(yaml, "p.yaml");
    const fromJson = parsePolicyText(
      JSON.stringify({
        schemaVersion: 1,
        name: "mine",
        profiles: {
          reviewer: {
            role: "Reviews pull requests.",
            candidates: ["qwen3:8b", "llama3.1:8b"],
            thresholds: [{ metric: "passAt1", suite: "live", bound: "lower", min: 0.5 }],
            objective: { ability: 1, latency: 0 },
          },
        },
      }),
    );
    expect(fromJson.policy).toEqual(fromYaml.policy);
    expect(fromYaml.source).toEqual({ file: "p.yaml", format: "benchloop", notes: [] });
    const profile = resolveProfile("reviewer", fromYaml.policy.profiles.reviewer!);
    expect(profile).toMatchObject({
      minItems: 1,
      requiredSuites: [],
      suiteWeights: { all: 1 },
      objective: { ability: 1, resourceEfficiency: 0, latency: 0, abilityMetric: "checkRate" },
    });
    expect(profile.thresholds[0]).toEqual({
      metric: "passAt1",
      suite: "live",
      bound: "lower",
      min: 0.5,
      missing: "fail",
    });
  });

  const invalid: [string, string, { path: string; line?: number; message: RegExp }][] = [
    [
      "schemaVersion: missing",
      "name: x\nprofiles:\n  balanced: {}\n",
      { path: "schemaVersion", line: 1, message: /^missing; write `schemaVersion: 1`/ },
    ],
    [
      "profiles.<custom>.role: a profile that is not built in needs a role",
      "schemaVersion: 1\nname: x\nprofiles:\n  reviewer:\n    candidates: all\n",
      { path: "profiles.reviewer.role", line: 4, message: /is not a built-in profile .*give its `role`/ },
    ],
    [
      "thresholds[0].min: neither min nor max",
      "schemaVersion: 1\nname: x\nprofiles:\n  balanced:\n    thresholds:\n      - metric: passAt1\n",
      { path: "profiles.balanced.thresholds[0].min", line: 6, message: /give `min`, `max` or both/ },
    ],
    [
      "thresholds[0].bound: a latency has no interval",
      "schemaVersion: 1\nname: x\nprofiles:\n  balanced:\n    thresholds:\n      - { metric: wallP95Ms, max: 1, bound: lower }\n",
      {
        path: "profiles.balanced.thresholds[0].bound",
        line: 6,
        message: /only passAt1, checkRate, judgeScore, ability/,
      },
    ],
    [
      "thresholds[0].min: a negative pass@1 minimum can never fail",
      "schemaVersion: 1\nname: x\nprofiles:\n  balanced:\n    thresholds:\n      - { metric: passAt1, min: -0.5 }\n",
      {
        path: "profiles.balanced.thresholds[0].min",
        line: 6,
        message: /^passAt1 is a rate from 0 to 1, so min -0.5 is impossible; write a value from 0 to 1$/,
      },
    ],
    [
      "thresholds[0].max: a negative error-rate maximum can never pass",
      "schemaVersion: 1\nname: x\nprofiles:\n  balanced:\n    thresholds:\n      - metric: errorRate\n        max: -1\n",
      {
        path: "profiles.balanced.thresholds[0].max",
        line: 7,
        message: /^errorRate is a rate from 0 to 1, so max -1 is impossible; write a value from 0 to 1$/,
      },
    ],
    [
      "thresholds[0].min: a rate above 1",
      "schemaVersion: 1\nname: x\nprofiles:\n  balanced:\n    thresholds:\n      - { metric: checkRate, min: 1.5 }\n",
      { path: "profiles.balanced.thresholds[0].min", line: 6, message: /checkRate is a rate from 0 to 1/ },
    ],
    [
      "thresholds[0].max: a negative latency",
      "schemaVersion: 1\nname: x\nprofiles:\n  balanced:\n    thresholds:\n      - { metric: wallP95Ms, max: -100 }\n",
      {
        path: "profiles.balanced.thresholds[0].max",
        line: 6,
        message: /^wallP95Ms is never negative, so max -100 is impossible; write 0 or more$/,
      },
    ],
    [
      "thresholds[0]: min above max",
      "schemaVersion: 1\nname: x\nprofiles:\n  balanced:\n    thresholds:\n      - { metric: checkRate, min: 0.8, max: 0.5 }\n",
      {
        path: "profiles.balanced.thresholds[0].max",
        line: 6,
        message: /min 0.8 is above max 0.5: no value can meet both/,
      },
    ],
    [
      "thresholds[0].metric: an unknown metric",
      "schemaVersion: 1\nname: x\nprofiles:\n  balanced:\n    thresholds:\n      - metric: speed\n        min: 1\n",
      { path: "profiles.balanced.thresholds[0].metric", line: 6, message: /passAt1/ },
    ],
    [
      "objective.latency: a negative weight",
      "schemaVersion: 1\nname: x\nprofiles:\n  balanced:\n    objective:\n      latency: -1\n",
      { path: "profiles.balanced.objective.latency", line: 6, message: />=0/ },
    ],
    [
      "governance.blockingSeverities: an unknown severity",
      "schemaVersion: 1\nname: x\ngovernance:\n  blockingSeverities: [error]\nprofiles:\n  balanced: {}\n",
      { path: "governance.blockingSeverities[0]", line: 4, message: /critical/ },
    ],
    [
      "profiles.balanced.treshold: an unknown key",
      "schemaVersion: 1\nname: x\nprofiles:\n  balanced:\n    treshold: []\n",
      { path: "profiles.balanced.treshold", line: 5, message: /unknown key "treshold"/ },
    ],
    [
      "profiles: none at all",
      "schemaVersion: 1\nname: x\nprofiles: {}\n",
      { path: "profiles", line: 3, message: /at least one profile/ },
    ],
    [
      "syntax: a key written twice",
      "schemaVersion: 1\nname: x\nname: y\nprofiles: {}\n",
      { path: "", line: 3, message: /unique.*fix the syntax there$/ },
    ],
  ];

  it.each(invalid)("%s", (_name, text, expected) => {
    const { code, issues } = issuesOf(text);
    expect(code).toBe("DOCUMENT_INVALID");
    expect(issues[0]).toMatchObject({ path: expected.path, line: expected.line });
    expect(issues[0]!.message).toMatch(expected.message);
  });

  it("lists every issue with file, line and field path, and says where to read about the format", () => {
    try {
      parsePolicyText(
        "schemaVersion: 1\nname: x\nprofiles:\n  balanced:\n    minItems: 0\n    candidates: []\n",
        "team.yaml",
      );
      expect.unreachable();
    } catch (error) {
      expect(BenchloopError.is(error)).toBe(true);
      const e = error as BenchloopError;
      expect(e.location).toMatchObject({ file: "team.yaml", line: 5, path: "profiles.balanced.minItems" });
      expect(e.toDisplayString()).toMatchInlineSnapshot(`
        "Gate policy (team.yaml) is not valid:
          - team.yaml:5, field \`profiles.balanced.minItems\`: Too small: expected number to be >=1
          - team.yaml:6, field \`profiles.balanced.candidates\`: Too small: expected array to have >=1 items
          docs/gate-policy.md describes every field; run \`benchloop gate\` without --policy to use the shipped default policy."
      `);
    }
  });
});

describe("loadPolicy", () => {
  it("reads a YAML file and records its path", async () => {
    const file = path.join(dir, "p.yml");
    await writeFile(file, "schemaVersion: 1\nname: file\nprofiles:\n  balanced: {}\n");
    const loaded = await loadPolicy(file);
    expect(loaded.source).toEqual({ file, format: "benchloop", notes: [] });
    expect(loaded.policy.name).toBe("file");
  });

  it("refuses a missing file with ARGUMENT_INVALID naming the path", async () => {
    const file = path.join(dir, "nope.yaml");
    await expect(loadPolicy(file)).rejects.toMatchObject({
      code: "ARGUMENT_INVALID",
      message: `Gate policy ${file} cannot be read: no such file.`,
    });
  });
});

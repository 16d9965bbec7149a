import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { BenchloopError } from "../errors/benchloop-error.js";
import { loadConfig } from "./load-config.js";

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), "benchloop-config-"));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function failure(promise: Promise<unknown>): Promise<BenchloopError> {
  try {
    await promise;
  } catch (error) {
    if (BenchloopError.is(error)) return error;
    throw error;
  }
  throw new Error("expected the promise to reject");
}

describe("loadConfig", () => {
  it("gives every default when there is no config file", async () => {
    const { config, file } = await loadConfig({ cwd: dir });
    expect(file).toBeUndefined();
    expect(config.resultsDir).toBe("results");
    expect(config.passTypes).toEqual(["blind", "informed"]);
    expect(config.sampling).toEqual({ temperature: 0, seed: 42 });
    expect(config.timeouts.generateMs).toBe(300_000);
  });

  it("merges flags over the file, objects deeply and arrays by replacement", async () => {
    await writeFile(
      path.join(dir, "benchloop.config.json"),
      `{
        // comments are allowed
        "concurrency": 3,
        "models": ["qwen3:8b", "llama3.1:8b"],
        "sampling": { "temperature": 0.2, "seed": 7 },
      }`,
    );
    const { config, written } = await loadConfig({
      cwd: dir,
      overrides: { models: ["qwen3:14b"], sampling: { seed: 9 } as never, concurrency: undefined },
    });
    expect(config.concurrency).toBe(3);
    expect(config.models).toEqual(["qwen3:14b"]);
    expect(config.sampling).toEqual({ temperature: 0.2, seed: 9 });
    expect(written).toEqual({
      concurrency: 3,
      models: ["qwen3:8b", "llama3.1:8b"],
      sampling: { temperature: 0.2, seed: 7 },
    });
  });

  it("rejects unknown keys with their path and line", async () => {
    await writeFile(
      path.join(dir, "benchloop.config.json"),
      [
        "{",
        '  "concurrency": 2,',
        '  "sampling": {',
        '    "temprature": 0',
        "  },",
        '  "extra": true',
        "}",
      ].join("\n"),
    );
    const error = await failure(loadConfig({ cwd: dir }));
    expect(error.code).toBe("CONFIG_INVALID");
    const issues = error.details?.issues as { path: string; line?: number }[];
    expect(issues.map((i) => [i.path, i.line])).toEqual([
      ["sampling.temprature", 4],
      ["extra", 6],
    ]);
    expect(error.message).toContain("benchloop.config.json:4, field `sampling.temprature`: unknown key");
  });

  it.each([
    ["concurrency: zero", { concurrency: 0 }, "concurrency"],
    ["passTypes: unknown pass type", { passTypes: ["sighted"] }, "passTypes[0]"],
    ["sampling.temperature: above 2", { sampling: { temperature: 3 } }, "sampling.temperature"],
    ["repeats: not an integer", { repeats: 1.5 }, "repeats"],
  ])("%s is reported with its path", async (_name, value, expectedPath) => {
    await writeFile(path.join(dir, "benchloop.config.json"), JSON.stringify(value, null, 2));
    const error = await failure(loadConfig({ cwd: dir }));
    expect(error.code).toBe("CONFIG_INVALID");
    expect(error.location?.path).toBe(expectedPath);
  });

  it("reads an apply section: target, keys per profile and target options", async () => {
    const apply = {
      target: "file:tool/models.yaml",
      keys: { balanced: "models.default", low_latency: "models.fast" },
      options: { create: true, format: "yaml" },
    };
    await writeFile(path.join(dir, "benchloop.config.json"), JSON.stringify({ apply }));
    const { config } = await loadConfig({ cwd: dir });
    expect(config.apply).toEqual(apply);
  });

  it.each([
    ["apply: unknown key", { apply: { targets: "file:a.json" } }, "apply.targets"],
    ["apply.target: no scheme", { apply: { target: "models.yaml" } }, "apply.target"],
    ["apply.options: not an object", { apply: { options: ["create"] } }, "apply.options"],
    ["apply.keys: empty key", { apply: { keys: { balanced: "" } } }, "apply.keys.balanced"],
  ])("%s is reported with its path and line", async (_name, value, expectedPath) => {
    await writeFile(path.join(dir, "benchloop.config.json"), JSON.stringify(value, null, 2));
    const error = await failure(loadConfig({ cwd: dir }));
    expect(error.code).toBe("CONFIG_INVALID");
    expect(error.location?.path).toBe(expectedPath);
    const issues = (error.details?.issues ?? []) as { line?: number }[];
    expect(issues[0]?.line).toBeGreaterThan(1);
  });

  it("reports a JSON syntax error with its line", async () => {
    await writeFile(path.join(dir, "benchloop.config.json"), '{\n  "concurrency": 2\n  "models": []\n}');
    const error = await failure(loadConfig({ cwd: dir }));
    expect(error.code).toBe("CONFIG_UNREADABLE");
    expect(error.location?.line).toBe(3);
  });

  it("loads a TypeScript config", async () => {
    await writeFile(
      path.join(dir, "benchloop.config.ts"),
      'const models: string[] = ["sim/oracle"];\nexport default { models, repeats: 2 as number };\n',
    );
    const { config, file } = await loadConfig({ cwd: dir });
    expect(file).toBe(path.join(dir, "benchloop.config.ts"));
    expect(config.models).toEqual(["sim/oracle"]);
    expect(config.repeats).toBe(2);
  });

  it("refuses a --config file that does not exist", async () => {
    const error = await failure(loadConfig({ cwd: dir, file: "missing.json" }));
    expect(error.code).toBe("CONFIG_NOT_FOUND");
    expect(error.location?.file).toBe(path.join(dir, "missing.json"));
  });

  it("reports flag values that break the schema without a file", async () => {
    const error = await failure(loadConfig({ cwd: dir, overrides: { concurrency: -1 } }));
    expect(error.code).toBe("CONFIG_INVALID");
    expect(error.location?.path).toBe("concurrency");
  });
});

describe("loadConfig on hostile or unusual files", () => {
  it("refuses a config nested thousands of levels deep with a clear error naming the file", async () => {
    const deep = `{"harnesses":{"ollama":${"[".repeat(6000)}${"]".repeat(6000)}}}`;
    await writeFile(path.join(dir, "benchloop.config.json"), deep);
    const error = await failure(loadConfig({ cwd: dir }));
    expect(error.code).toBe("CONFIG_UNREADABLE");
    expect(error.message).toContain(path.join(dir, "benchloop.config.json"));
    expect(error.message).toContain("nested more than 64 levels deep");
    expect(error.location).toMatchObject({ line: 1 });
  });

  it("refuses a module config that is too deep or refers to itself", async () => {
    await writeFile(
      path.join(dir, "benchloop.config.mjs"),
      "const loop = { a: 1 }; loop.self = loop; export default { harnesses: { ollama: loop } };\n",
    );
    const error = await failure(loadConfig({ cwd: dir }));
    expect(error.code).toBe("CONFIG_UNREADABLE");
    expect(error.message).toContain("benchloop.config.mjs");
    expect(error.message).toContain("harnesses.ollama.self.self");
  });

  it("reads a JSON config that starts with a UTF-8 byte order mark", async () => {
    await writeFile(path.join(dir, "benchloop.config.json"), '\uFEFF{ "repeats": 3 }\n');
    const { config } = await loadConfig({ cwd: dir });
    expect(config.repeats).toBe(3);
  });
});

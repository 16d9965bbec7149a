// The `prompt-pack` source honours the run's hint (`wanted`): a shipped pack holding no wanted test is
// not read, and of the others only the wanted lines are parsed; packs of the config are read whole.
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { ConfigSchema, createRegistry, SILENT_LOGGER, type TestWish } from "@benchloop/core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import plugin from "./index.js";
import { parsePromptPack } from "./parse-prompt-pack.js";

let cwd: string;
beforeAll(async () => {
  cwd = await mkdtemp(join(tmpdir(), "prompt-pack-wanted-"));
});
afterAll(async () => {
  await rm(cwd, { recursive: true, force: true });
});

const ctx = () => ({ signal: new AbortController().signal, logger: SILENT_LOGGER });

function load(wanted?: TestWish, sources: Record<string, unknown> = {}) {
  const registry = createRegistry();
  registry.addPlugin(plugin, "0.1.0");
  const scope = registry.createScope({ config: ConfigSchema.parse({ sources }), cwd });
  const options = sources["prompt-pack"] ?? {};
  return scope.get("test-source", "prompt-pack").load(wanted ? { options, wanted } : { options }, ctx());
}

describe("the prompt-pack source with the tests wanted", () => {
  it("delivers the wanted shipped tests exactly as a full load does", async () => {
    const all = await load();
    const some = await load({ tests: ["live/http-status-rate-limit", "coding-thing"] });
    expect(some.map((test) => test.id)).toEqual(["live/http-status-rate-limit"]);
    expect(some[0]).toEqual(all.find((test) => test.id === "live/http-status-rate-limit"));
  });

  it("delivers a suite's tests, and nothing for tests or suites of other sources", async () => {
    const all = await load();
    const balanced = await load({ suites: ["balanced"] });
    expect(balanced.map((test) => test.id)).toEqual(
      all.filter((test) => test.suite === "balanced").map((test) => test.id),
    );
    expect(await load({ tests: ["calculator-basic"] })).toEqual([]);
    expect(await load({ suites: ["coding"] })).toEqual([]);
  });

  it("reads a pack of the config whole: its bad lines are reported whatever is wanted", async () => {
    await writeFile(join(cwd, "mine.jsonl"), '{"id":"ok","prompt":"Say hi.","min_words":1}\n{"id":"Bad"}\n');
    const loading = load(
      { tests: ["mine/ok"] },
      { "prompt-pack": { packs: [{ file: "mine.jsonl", idPrefix: "mine" }] } },
    );
    await expect(loading).rejects.toMatchObject({ code: "DOCUMENT_INVALID" });
  });
});

describe("parsePromptPack with `only`", () => {
  it("parses only the lines accepted, skipping the others unchecked", () => {
    const text =
      '{"id":"a","prompt":"A?","min_words":1}\n{"id":"b"}\n{"id":"c","prompt":"C?","min_words":1}\n';
    const some = parsePromptPack(text, "p.jsonl", { only: (id) => id !== "b" });
    expect(some.tests.map((test) => test.id)).toEqual(["p/a", "p/c"]);
    expect(some.issues).toEqual([]);
    expect(parsePromptPack(text, "p.jsonl").issues.map((issue) => issue.line)).toEqual([2, 2]);
  });
});

// The kernel commands in-process (run, plan, runs, cache) against the fake plugin named by path in a
// temporary project's config.
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { RunEventSchema } from "@benchloop/core";
import { FAKE_PLUGIN_MODULE } from "@benchloop/core/testing";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { runCli } from "../src/run-cli.js";

let dir: string;

beforeEach(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), "benchloop-cli-kernel-"));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

function writeConfig(extra: Record<string, unknown> = {}, fake: Record<string, unknown> = {}) {
  const config = {
    plugins: [FAKE_PLUGIN_MODULE],
    harnesses: {
      fake: {
        latencyMs: 1,
        items: { "t-02": { outcome: "fail" }, "fake-small|t-03": { outcome: "error" } },
        ...fake,
      },
    },
    sources: { "fake-tests": { count: 3, suites: ["fake"] } },
    suites: ["fake"],
    resources: false,
    ...extra,
  };
  writeFileSync(path.join(dir, "benchloop.config.json"), JSON.stringify(config, null, 2));
}

async function cli(...args: string[]) {
  let out = "";
  let err = "";
  const code = await runCli(
    args,
    {
      out: (t) => {
        out += t;
      },
      err: (t) => {
        err += t;
      },
      isTty: false,
      columns: 120,
    },
    dir,
  );
  return { code, out, err };
}

const runIds = () =>
  existsSync(path.join(dir, "results"))
    ? readdirSync(path.join(dir, "results")).filter((n) => /^\d{8}T/.test(n))
    : [];

describe("benchloop plan", () => {
  it("prints the matrix per dimension and writes nothing", async () => {
    writeConfig();
    const { code, out } = await cli("plan", "--pass-types", "blind");
    expect(code).toBe(0);
    expect(out).toContain("models          2  fake-large, fake-small");
    expect(out).toMatch(/items\s+6/);
    expect(out).toContain("estimated time: unknown");
    expect(existsSync(path.join(dir, "results"))).toBe(false);
    expect(existsSync(path.join(dir, ".benchloop"))).toBe(false);
  });

  it("names the valid values of a filter that names nothing", async () => {
    writeConfig();
    const { code, err } = await cli("plan", "--models", "qwen3:8b");
    expect(code).toBe(1);
    expect(err).toContain("Unknown model: qwen3:8b (from --models).");
    expect(err).toContain("Valid models: fake-large, fake-small.");
  });
});

describe("benchloop run", () => {
  it("prints a counter line per item and the summary by model and harness, and writes the run", async () => {
    writeConfig();
    const { code, out } = await cli("run", "--models", "fake-small", "--pass-types", "blind");
    expect(code).toBe(0);
    const lines = out.split("\n").filter((l) => l.startsWith("["));
    expect(lines.map((l) => l.replace(/ \d+ms/, " Nms"))).toEqual([
      "[1/3] ✓ PASS fake-small fake t-01 blind Nms",
      "[2/3] ✗ FAIL fake-small fake t-02 blind Nms",
      "[3/3] ! ERROR fake-small fake t-03 blind Nms (http_status)",
    ]);
    expect(out).toMatch(/fake-small\s+3\s+33% \[6%–79%\]\s+33%\s+http_status 1/);
    expect(out).toContain("✓ completed: 3 items — ✓ 1 passed, ✗ 1 failed, ! 1 errors");
    const [runId] = runIds();
    expect(out).toContain(`run: ${path.join(dir, "results", runId!)}`);
    for (const file of ["plan.json", "items.jsonl", "run.json"])
      expect(existsSync(path.join(dir, "results", runId!, file))).toBe(true);
    const plan = JSON.parse(readFileSync(path.join(dir, "results", runId!, "plan.json"), "utf8"));
    expect(plan.plugins.map((p: { name: string }) => p.name)).toContain("@benchloop/fake");
    expect(plan.environment).toMatchObject({
      node: process.version,
      configHash: expect.stringMatching(/^[0-9a-f]{64}$/),
    });
  });

  it("--json prints one schema-valid event per line and nothing else", async () => {
    writeConfig();
    const { code, out } = await cli("run", "--json", "--models", "fake-large", "--tests", "t-01");
    expect(code).toBe(0);
    const events = out
      .trim()
      .split("\n")
      .map((line) => JSON.parse(line));
    for (const event of events) expect(RunEventSchema.safeParse(event).success).toBe(true);
    expect(events[0]).toMatchObject({ type: "run:start", items: 2, pending: 2 });
    expect(events.at(-1)).toMatchObject({
      type: "run:end",
      status: "completed",
      summary: { items: 2, passed: 2 },
    });
    expect(events.filter((e) => e.type === "item:end")).toHaveLength(2);
  });

  it("--quiet prints only the summary", async () => {
    writeConfig();
    const { out } = await cli("run", "--quiet", "--models", "fake-large", "--tests", "t-01");
    expect(out).not.toContain("[1/2]");
    expect(out).toContain("✓ completed: 2 items");
  });

  it("a second run hits the cache; --no-cache turns it off; cache stats, explain and clear see it", async () => {
    writeConfig();
    await cli("run", "--models", "fake-small", "--pass-types", "blind");
    const second = await cli("run", "--models", "fake-small", "--pass-types", "blind");
    expect(second.out).toContain("(cached)");
    expect(second.out).toContain("cache: 2 hits, 1 misses");
    const off = await cli("run", "--no-cache", "--models", "fake-small", "--pass-types", "blind");
    expect(off.out).toContain("cache: 0 hits, 0 misses");

    const stats = await cli("cache", "stats");
    expect(stats.out).toMatch(/^2 cached generations \(with their scores\)/);
    writeConfig({}, { models: [{ name: "fake-small", digest: "sha256:small-2" }] });
    const explain = await cli("cache", "explain", "fake-small|fake|t-01|blind#1", "--from", "latest");
    expect(explain.code).toBe(0);
    expect(explain.out).toContain("✗ cache miss: the item hash changed since that run:");
    expect(explain.out).toContain("model.digest: sha256:small-1 → sha256:small-2");
    const compacted = await cli("cache", "compact");
    expect(compacted.out).toMatch(/^Freed 0 B; 2 cached generations/);
    const cleared = await cli("cache", "clear");
    expect(cleared.out).toMatch(/^Removed 2 cached generations and their scores/);
  });

  it("--rerun failed --from latest reruns what did not pass and copies the rest", async () => {
    writeConfig();
    await cli("run", "--models", "fake-small", "--pass-types", "blind", "--no-cache");
    writeConfig({}, { items: {} });
    const rerun = await cli(
      "run",
      "--rerun",
      "failed",
      "--from",
      "latest",
      "--models",
      "fake-small",
      "--pass-types",
      "blind",
      "--no-cache",
    );
    expect(rerun.code).toBe(0);
    expect(rerun.out.split("\n").filter((l) => l.startsWith("["))).toHaveLength(2);
    const runs = runIds().map((id) =>
      JSON.parse(readFileSync(path.join(dir, "results", id, "run.json"), "utf8")),
    );
    const source = runs.find((r) => !r.provenance)!.runId;
    const run = runs.find((r) => r.provenance)!;
    expect(run.provenance).toEqual({ kind: "rerun", fromRuns: [source] });
    expect(
      run.items.map((i: { status: string; provenance?: { fromRun: string } }) => [
        i.status,
        i.provenance?.fromRun ?? null,
      ]),
    ).toEqual([
      ["passed", source],
      ["passed", null],
      ["passed", null],
    ]);
  });

  it("says clearly when the asked harness is unavailable, and writes nothing", async () => {
    writeConfig({}, { available: false, reason: "nothing listens on fake://" });
    const { code, err } = await cli("run");
    expect(code).toBe(1);
    expect(err).toContain("fake: nothing listens on fake://");
    expect(err).toContain("--demo");
    expect(existsSync(path.join(dir, "results"))).toBe(false);
  });

  it("rejects a bad --rerun rule and --from without --rerun", async () => {
    writeConfig();
    expect((await cli("run", "--rerun", "slow")).err).toContain('--rerun: "slow" is not a rerun rule');
    expect((await cli("run", "--from", "latest")).err).toContain("--from: needs --rerun");
    expect((await cli("run", "--resume", "latest", "--models", "x")).err).toContain(
      "--resume: keeps the run's own plan",
    );
  });
});

describe("benchloop runs", () => {
  it("lists the runs with status, items and passes", async () => {
    writeConfig();
    expect((await cli("runs")).out).toContain("No runs in");
    await cli("run", "--models", "fake-small", "--pass-types", "blind");
    const { out } = await cli("runs");
    const [runId] = runIds();
    expect(out).toMatch(new RegExp(`${runId}\\s+completed\\s+\\S+ \\S+\\s+3\\s+1`));
  });
});

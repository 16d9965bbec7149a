// Crash safety of the built CLI in a real child process: Ctrl-C (SIGINT) and kill -9 mid-run, then
// `run --resume`, give the same final items as an uninterrupted run. Needs built dist of core and cli.
import { type ChildProcess, spawn } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { afterEach, describe, expect, it } from "vitest";

const ROOT = fileURLToPath(new URL("../../../", import.meta.url));
const CLI = path.join(ROOT, "apps/cli/dist/main.js");
const FAKE_PLUGIN = path.join(ROOT, "packages/core/dist/testing/fake-plugin-module.js");
const built = existsSync(CLI) && existsSync(FAKE_PLUGIN);

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

function project(): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), "benchloop-cli-crash-"));
  dirs.push(dir);
  const config = {
    plugins: [FAKE_PLUGIN],
    concurrency: 2,
    harnesses: {
      fake: {
        latencyMs: 60,
        items: { "t-04": { outcome: "fail" }, "fake-small|t-06": { outcome: "error" } },
      },
    },
    sources: { "fake-tests": { count: 8, suites: ["fake"] } },
    suites: ["fake"],
    resources: false,
  };
  writeFileSync(path.join(dir, "benchloop.config.json"), JSON.stringify(config, null, 2));
  return dir;
}

interface Finished {
  code: number | null;
  signal: NodeJS.Signals | null;
  out: string;
  err: string;
}

/** Starts the CLI; `when` is called on every stdout chunk until it returns true. */
function start(
  cwd: string,
  args: string[],
  when?: (out: string, child: ChildProcess) => boolean,
): Promise<Finished> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [CLI, ...args], {
      cwd,
      stdio: ["ignore", "pipe", "pipe"],
      env: { ...process.env, NO_COLOR: "1" },
    });
    let out = "";
    let err = "";
    let fired = !when;
    child.stdout.on("data", (chunk: Buffer) => {
      out += chunk.toString();
      if (!fired && when?.(out, child)) fired = true;
    });
    child.stderr.on("data", (chunk: Buffer) => {
      err += chunk.toString();
    });
    child.on("error", reject);
    child.on("close", (code, signal) => resolve({ code, signal, out, err }));
  });
}

const counted = (out: string) => out.split("\n").filter((l) => /^\[\s*\d+\/\d+\]/.test(l)).length;

function finalItems(cwd: string) {
  const results = path.join(cwd, "results");
  const [runId] = readdirSync(results).filter((n) => /^\d{8}T/.test(n));
  const run = JSON.parse(readFileSync(path.join(results, runId!, "run.json"), "utf8"));
  return {
    runId: runId!,
    status: run.status as string,
    items: run.items.map(
      (i: {
        key: string;
        hash: string;
        status: string;
        generation?: { text: string };
        score?: { passed: boolean };
        failure?: { type: string };
      }) => ({
        key: i.key,
        hash: i.hash,
        status: i.status,
        text: i.generation?.text,
        passed: i.score?.passed,
        failure: i.failure?.type,
      }),
    ),
  };
}

describe.skipIf(!built)("benchloop run, interrupted and resumed (built CLI in a child process)", () => {
  it("Ctrl-C stops scheduling, records the run as interrupted with exit 130, and --resume finishes it like an uninterrupted run", async () => {
    const reference = project();
    const full = await start(reference, ["run"]);
    expect(full.code).toBe(0);
    const expected = finalItems(reference);
    expect(expected.items).toHaveLength(32);

    const cwd = project();
    const stopped = await start(cwd, ["run"], (out, child) => {
      if (counted(out) < 5) return false;
      child.kill("SIGINT");
      return true;
    });
    expect(stopped.code).toBe(130);
    expect(stopped.err).toContain("Stopping: no new items");
    const partial = finalItems(cwd);
    expect(partial.status).toBe("interrupted");
    expect(partial.items.length).toBeGreaterThanOrEqual(5);
    expect(partial.items.length).toBeLessThan(32);
    expect(stopped.out).toContain(`resume with: benchloop run --resume ${partial.runId}`);

    const resumed = await start(cwd, ["run", "--resume", "latest"]);
    expect(resumed.code).toBe(0);
    expect(counted(resumed.out)).toBe(32 - partial.items.length);
    const final = finalItems(cwd);
    expect(final.runId).toBe(partial.runId);
    expect(final.status).toBe("completed");
    expect(final.items).toEqual(expected.items);
  });

  it("kill -9 loses at most the items in flight, and --resume recovers everything in the journal", async () => {
    const reference = project();
    await start(reference, ["run"]);
    const expected = finalItems(reference);

    const cwd = project();
    const killed = await start(cwd, ["run"], (out, child) => {
      if (counted(out) < 7) return false;
      child.kill("SIGKILL");
      return true;
    });
    expect(killed.signal).toBe("SIGKILL");
    const results = path.join(cwd, "results");
    const [runId] = readdirSync(results).filter((n) => /^\d{8}T/.test(n));
    expect(existsSync(path.join(results, runId!, "run.json"))).toBe(false);
    const journaled = readFileSync(path.join(results, runId!, "items.jsonl"), "utf8")
      .split("\n")
      .filter(Boolean).length;
    expect(journaled).toBeGreaterThanOrEqual(7);

    const runs = await start(cwd, ["runs"]);
    expect(runs.out).toMatch(new RegExp(`${runId}\\s+stopped \\(resumable\\)`));

    const resumed = await start(cwd, ["run", "--resume", runId!]);
    expect(resumed.code).toBe(0);
    expect(counted(resumed.out)).toBeLessThanOrEqual(32 - 7);
    const final = finalItems(cwd);
    expect(final.status).toBe("completed");
    expect(final.items).toEqual(expected.items);
  });
});

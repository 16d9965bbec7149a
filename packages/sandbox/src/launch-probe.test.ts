// The probe both isolation detections use: real processes, a real temp folder, real PATH folders.
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { cachedDetection, findExecutables, probeLaunch, withProbeDir } from "./launch-probe.js";

const folder = mkdtempSync(join(tmpdir(), "benchloop-launch-probe-test-"));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

describe("probeLaunch", () => {
  it("is true for a command that exits 0 and false for one that fails or cannot start", async () => {
    const node = process.execPath;
    expect(await probeLaunch([node, "-e", "process.exit(0)"], { cwd: folder })).toBe(true);
    expect(await probeLaunch([node, "-e", "process.exit(3)"], { cwd: folder })).toBe(false);
    expect(await probeLaunch([join(folder, "no-such-program")], { cwd: folder })).toBe(false);
  });

  it("gives the runner its pipes: stdin closed at once and fd 3 open", async () => {
    const script =
      "require('fs').fstatSync(3); process.stdin.resume(); process.stdin.on('end', () => process.exit(0));";
    expect(await probeLaunch([process.execPath, "-e", script], { cwd: folder, runnerPipes: true })).toBe(
      true,
    );
  });
});

describe("withProbeDir, cachedDetection and findExecutables", () => {
  it("hands out a fresh folder and removes it afterwards, even when the detection throws", async () => {
    let seen = "";
    const existed = await withProbeDir(folder, "probe-", async (dir) => {
      seen = dir;
      return existsSync(dir);
    });
    expect(existed).toBe(true);
    expect(existsSync(seen)).toBe(false);
    await expect(
      withProbeDir(folder, "probe-", async (dir) => {
        seen = dir;
        throw new Error("boom");
      }),
    ).rejects.toThrow("boom");
    expect(existsSync(seen)).toBe(false);
  });

  it("runs a detection once per key", async () => {
    const cache = new Map<string, Promise<number>>();
    let runs = 0;
    const detect = async () => ++runs;
    expect(await cachedDetection(cache, "a", detect)).toBe(1);
    expect(await cachedDetection(cache, "a", detect)).toBe(1);
    expect(await cachedDetection(cache, "b", detect)).toBe(2);
  });

  it("finds an executable once per folder, skipping empty and missing folders", () => {
    const found = findExecutables("sh", ["", "/bin", "/bin", join(folder, "missing")]);
    expect(found).toEqual(["/bin/sh"]);
    expect(findExecutables("no-such-program-here", ["/bin"])).toEqual([]);
  });
});

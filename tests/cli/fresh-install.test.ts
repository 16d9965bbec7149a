// A fresh clone installs without a warning: no `WARN Failed to create bin` (the commands are committed
// launchers, not files in dist/ that exist only after a build), no package-manager update banner, and
// no turbo telemetry notice from the root scripts.
import { mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { execa } from "execa";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { REPO_ROOT } from "../helpers/cli.js";

let clone: string;
beforeAll(async () => {
  const parent = await mkdtemp(path.join(tmpdir(), "benchloop-fresh-"));
  clone = path.join(parent, "benchloop");
  await execa("git", ["clone", "--quiet", "--depth", "1", `file://${REPO_ROOT}`, clone]);
});
afterAll(async () => {
  await rm(path.dirname(clone), { recursive: true, force: true });
});

describe("a fresh install", () => {
  it("prints no warning", async () => {
    // From the store this machine's install filled (no network); the lockfile as committed.
    const install = await execa("corepack", ["pnpm", "install", "--frozen-lockfile", "--prefer-offline"], {
      cwd: clone,
      all: true,
      reject: false,
      env: { COREPACK_ENABLE_DOWNLOAD_PROMPT: "0" },
    });
    expect(install.exitCode, install.all).toBe(0);
    expect(install.all).not.toMatch(/WARN/);
    expect(install.all).not.toContain("Failed to create bin");
  }, 300_000);

  it("turns off pnpm's update banner and turbo's telemetry notice", async () => {
    const notifier = await execa("corepack", ["pnpm", "config", "get", "update-notifier"], { cwd: clone });
    expect(notifier.stdout.trim()).toBe("false");
    const { scripts } = JSON.parse(await readFile(path.join(clone, "package.json"), "utf8")) as {
      scripts: Record<string, string>;
    };
    const turboScripts = Object.values(scripts).filter((s) => /\bturbo\b/.test(s));
    expect(turboScripts.length).toBeGreaterThan(0);
    for (const script of turboScripts) expect(script).toMatch(/^TURBO_TELEMETRY_DISABLED=1 turbo /);
  });

  it("links commands that run: before a build they say what to do", async () => {
    const cli = await execa("node", [path.join(clone, "apps/cli/bin/benchloop.cjs"), "--version"], {
      reject: false,
    });
    expect(cli.exitCode).toBe(1);
    expect(cli.stderr).toContain("corepack pnpm build");
  });
});

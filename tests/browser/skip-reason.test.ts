// Without Chromium the browser tests say why they are skipped (in the default reporter's output, not
// only in a suite title), and under CI=true a missing browser fails the run.
import path from "node:path";
import { execa } from "execa";
import { describe, expect, it } from "vitest";
import { REPO_ROOT } from "../helpers/cli.js";

const TESTS = path.join(REPO_ROOT, "tests");

/** Runs the browser test file with Chromium looked for where it is not. */
function runBrowserTests(ci: boolean) {
  const env: Record<string, string | undefined> = {
    ...process.env,
    BENCHLOOP_CHROMIUM: "/nonexistent/chromium",
    CI: ci ? "true" : undefined,
    NO_COLOR: "1",
  };
  if (!ci) delete env.CI;
  return execa("node_modules/.bin/vitest", ["run", "browser/report.test.ts"], {
    cwd: TESTS,
    env,
    extendEnv: false,
    reject: false,
    all: true,
  });
}

describe("browser tests without Chromium", () => {
  it("say why they are skipped", async () => {
    const result = await runBrowserTests(false);
    expect(result.exitCode, result.all).toBe(0);
    expect(result.all).toContain("browser tests skipped: Chromium was not found at /nonexistent/chromium");
    expect(result.all).toContain("apt-get install -y chromium");
  });

  it("fail under CI=true", async () => {
    const result = await runBrowserTests(true);
    expect(result.exitCode).not.toBe(0);
    expect(result.all).toContain("Chromium was not found at /nonexistent/chromium");
  });
});

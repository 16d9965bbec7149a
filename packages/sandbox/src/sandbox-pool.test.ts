import { chmodSync, mkdtempSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createSandboxPool } from "./sandbox-pool.js";
import type { SandboxJob } from "./sandbox-types.js";

let tempDir: string;

beforeAll(() => {
  tempDir = mkdtempSync(join(tmpdir(), "benchloop-pool-test-"));
  chmodSync(tempDir, 0o755);
});

afterAll(() => {
  rmSync(tempDir, { recursive: true, force: true });
});

const MARK_JOB: SandboxJob = {
  solutionSource: `import { readdirSync, writeFileSync } from "node:fs";
export function visit() {
  const seen = { global: (globalThis as Record<string, unknown>).__visited ?? null, files: readdirSync(".") };
  (globalThis as Record<string, unknown>).__visited = true;
  writeFileSync("visited.txt", "yes");
  return seen;
}`,
  solutionLanguage: "typescript",
  specSource: `import { visit } from "./solution";\nit("is the first visitor", () => { expect(visit()).toEqual({ global: null, files: [] }); });`,
  exports: ["visit"],
};

const sleepJob = (ms: number): SandboxJob => ({
  solutionSource: `export const wait = () => new Promise((resolve) => setTimeout(resolve, ${ms}));`,
  solutionLanguage: "typescript",
  specSource: `import { wait } from "./solution";\nit("waits", async () => { await wait(); });`,
  exports: ["wait"],
});

describe("createSandboxPool", () => {
  it("gives every item a fresh process and folder, even from the warm pool", async () => {
    const pool = createSandboxPool({ size: 1, tempDir });
    try {
      await pool.warmUp();
      for (let item = 0; item < 4; item++) {
        const result = await pool.run(MARK_JOB);
        expect(result.checks[0]).toMatchObject({ passed: true });
      }
    } finally {
      await pool.close();
    }
  });

  it("warm: false starts a process per item and scores the same", async () => {
    const pool = createSandboxPool({ size: 2, warm: false, tempDir });
    try {
      const results = await Promise.all([pool.run(MARK_JOB), pool.run(MARK_JOB), pool.run(MARK_JOB)]);
      expect(results.map((result) => result.checks[0]?.passed)).toEqual([true, true, true]);
    } finally {
      await pool.close();
    }
  });

  it("size: queues items beyond its size and runs them all", async () => {
    const pool = createSandboxPool({ size: 1, tempDir });
    try {
      const results = await Promise.all([1, 2, 3].map(() => pool.run(sleepJob(20))));
      expect(results.every((result) => result.checks[0]?.passed)).toBe(true);
    } finally {
      await pool.close();
    }
  });

  it("rejects an aborted item with the signal's reason and goes on with the next", async () => {
    const pool = createSandboxPool({ size: 1, tempDir });
    try {
      const controller = new AbortController();
      const running = pool.run(sleepJob(60_000), { signal: controller.signal });
      const queued = pool.run(MARK_JOB);
      controller.abort(new Error("user pressed Ctrl-C"));
      await expect(running).rejects.toThrow("user pressed Ctrl-C");
      expect((await queued).checks[0]?.passed).toBe(true);
      await expect(pool.run(MARK_JOB, { signal: AbortSignal.abort(new Error("already")) })).rejects.toThrow(
        "already",
      );
    } finally {
      await pool.close();
    }
  });

  it("close: waits for running items, removes every item folder, and refuses new items", async () => {
    const pool = createSandboxPool({ size: 2, tempDir });
    const running = pool.run(sleepJob(50));
    await pool.warmUp();
    await pool.close();
    expect((await running).checks[0]?.passed).toBe(true);
    expect(readdirSync(tempDir).filter((name) => name.startsWith("benchloop-sandbox-"))).toEqual([]);
    await expect(pool.run(MARK_JOB)).rejects.toThrow(
      "this sandbox pool is closed; create a new one with createSandboxPool()",
    );
  });

  it("refuses invalid limits when the pool is created", () => {
    expect(() => createSandboxPool({ limits: { memoryMb: 0 } })).toThrow('sandbox limit "memoryMb" is 0');
  });

  it("records the optional type check apart from the spec's checks", async () => {
    const pool = createSandboxPool({ size: 1, tempDir });
    try {
      const result = await pool.run({
        solutionSource: "export function add(a: number, b: number): string { return String(a + b); }",
        solutionLanguage: "typescript",
        specSource: `import { add } from "./solution";\nit("adds", () => { expect(Number(add(1, 2))).toBe(3); });`,
        exports: ["add"],
        interfaceSource: "export declare function add(a: number, b: number): number;",
      });
      expect(result.checks[0]?.passed).toBe(true);
      expect(result.typeCheck).toMatchObject({
        name: "type check: the answer matches the declared interface",
        passed: false,
      });
    } finally {
      await pool.close();
    }
  });
});

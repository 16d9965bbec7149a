// `benchloop list tests --suite coding`: the coding catalog only, in both languages.
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runInProcess } from "../src/testing/run-in-process.js";

let cwd: string;
beforeAll(async () => {
  cwd = await mkdtemp(path.join(tmpdir(), "benchloop-list-tests-"));
});
afterAll(() => rm(cwd, { recursive: true, force: true }));

describe("benchloop list tests", () => {
  it("--suite coding lists the coding catalog only: 150+ tests, TypeScript and Python", async () => {
    const { code, out, err } = await runInProcess(cwd, "list", "tests", "--suite", "coding");
    expect(err).toBe("");
    expect(code).toBe(0);
    const rows = out
      .split("\n")
      .slice(2)
      .filter((line) => line.trim() !== "");
    expect(rows.length).toBeGreaterThanOrEqual(150);
    expect(rows.every((row) => /^\S+\s+coding\s/.test(row))).toBe(true);
    expect(rows.some((row) => row.startsWith("py-"))).toBe(true);
    expect(rows.some((row) => !row.startsWith("py-"))).toBe(true);
  });
});

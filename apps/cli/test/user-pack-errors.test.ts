// A mistake in the user's own prompt pack is the user's to fix: the error names the pack file and line
// and says how to fix it, and does not send the user to the plugin's authors.
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { runInProcess } from "../src/testing/run-in-process.js";

let cwd: string;
beforeEach(async () => {
  cwd = await mkdtemp(path.join(tmpdir(), "benchloop-user-pack-"));
});
afterEach(async () => {
  await rm(cwd, { recursive: true, force: true });
});

describe("an invalid line in the user's prompt pack", () => {
  it("is reported with the file, the line and how to fix it, not as a plugin bug", async () => {
    await writeFile(
      path.join(cwd, "mine.jsonl"),
      '{"id": "first", "prompt": "Say hi."}\n{"id": "broken", \n',
    );
    await writeFile(
      path.join(cwd, "benchloop.config.json"),
      JSON.stringify({ sources: { "prompt-pack": { packs: [{ file: "mine.jsonl" }] } }, resources: false }),
    );
    const { code, err } = await runInProcess(cwd, "run", "--demo");
    expect(code).toBe(1);
    expect(err).toContain("mine.jsonl");
    expect(err).toMatch(/mine\.jsonl:2/);
    expect(err).toContain("Fix each line above");
    expect(err).not.toContain("report it to its authors");
    expect(err).not.toContain("This is a bug");
  });
});

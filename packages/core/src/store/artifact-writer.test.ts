import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { artifactFolderName, createArtifactWriter } from "./artifact-writer.js";

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), "benchloop-artifacts-"));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe("createArtifactWriter", () => {
  it("answers with the path at once and has every write on disk, in order, when settled", async () => {
    const writer = createArtifactWriter(dir, "m|h|t-1|blind#1");
    const bytes = Buffer.from("first");
    const first = await writer.write("transcript.ndjson", bytes);
    // The caller may reuse its buffer as soon as write has answered.
    bytes.write("XXXXX");
    const second = await writer.write("nested/../code.ts", "export const a = 1;\n");
    await writer.write("code.ts", "export const a = 2;\n");
    await writer.settled();
    const folder = `artifacts/${artifactFolderName("m|h|t-1|blind#1")}`;
    expect([first, second]).toEqual([`${folder}/transcript.ndjson`, `${folder}/code.ts`]);
    expect(readFileSync(path.join(dir, first), "utf8")).toBe("first");
    expect(readFileSync(path.join(dir, second), "utf8")).toBe("export const a = 2;\n");
  });

  it("rejects settled with the artifact that could not be written", async () => {
    // A file where the artifacts folder should be: every write of the run fails.
    writeFileSync(path.join(dir, "artifacts"), "not a folder");
    const writer = createArtifactWriter(dir, "m|h|t-1|blind#1");
    await writer.write("transcript.ndjson", "line\n");
    await expect(writer.settled()).rejects.toThrow();
  });
});

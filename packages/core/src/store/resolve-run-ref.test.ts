import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { resolveRunRef } from "./resolve-run-ref.js";

let dir: string;
const ids = ["20260101T000000Z-aaaaaa", "20260102T000000Z-bbbbbb", "20260103T000000Z-cccccc"];

beforeEach(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), "benchloop-refs-"));
  for (const id of ids) {
    mkdirSync(path.join(dir, id));
    writeFileSync(path.join(dir, id, "plan.json"), JSON.stringify({ createdAt: "x", items: [] }));
  }
  mkdirSync(path.join(dir, "not-a-run"));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe("resolveRunRef", () => {
  it.each([
    ["latest", ids[2]],
    ["latest~0", ids[2]],
    ["latest~1", ids[1]],
    ["latest~2", ids[0]],
    [ids[1], ids[1]],
  ])("resolves %s", async (ref, expected) => {
    expect(await resolveRunRef({ resultsDir: dir, ref: ref! })).toEqual({
      runId: expected,
      dir: path.join(dir, expected!),
    });
  });

  it("resolves a path to a run folder or to its run.json, relative to cwd", async () => {
    writeFileSync(path.join(dir, ids[0]!, "run.json"), "{}");
    expect(await resolveRunRef({ resultsDir: "elsewhere", ref: ids[0]!, cwd: dir })).toEqual({
      runId: ids[0],
      dir: path.join(dir, ids[0]!),
    });
    expect(
      await resolveRunRef({ resultsDir: "elsewhere", ref: path.join(dir, ids[0]!, "run.json") }),
    ).toMatchObject({ runId: ids[0] });
  });

  it.each(["latest~3", "20990101T000000Z-ffffff", "not-a-run", "yesterday"])(
    "%s: is RUN_NOT_FOUND naming the results folder",
    async (ref) => {
      await expect(resolveRunRef({ resultsDir: dir, ref })).rejects.toMatchObject({
        code: "RUN_NOT_FOUND",
        details: { reference: ref, resultsDir: dir },
      });
    },
  );
});

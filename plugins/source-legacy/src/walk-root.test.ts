import { readdirSync, realpathSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import {
  asUnprivileged,
  createLegacyTree,
  EXPECTED_SKIPS,
  type LegacyTree,
  SOURCES,
  UNREADABLE,
} from "./legacy-tree.test-helper.js";
import type { SkipReason } from "./skip-reason.js";
import { type WalkedFile, type WalkRootOptions, walkRoot } from "./walk-root.js";

let tree: LegacyTree;

beforeEach(() => {
  tree = createLegacyTree();
});
afterEach(() => {
  tree.remove();
});

async function walk(options: Partial<WalkRootOptions> = {}) {
  const files: WalkedFile[] = [];
  const skips: Record<string, SkipReason> = {};
  const result = await walkRoot(
    {
      root: realpathSync(tree.root),
      maxFileBytes: 262_144,
      gitignore: true,
      ignorePatterns: [],
      maxFiles: 200_000,
      onSkip: (path, reason) => {
        skips[path] = reason;
      },
      ...options,
    },
    (file) => files.push(file),
  );
  return { files, skips, result };
}

describe("walkRoot", () => {
  it("skips every excluded entry with its reason and keeps exactly the source files", async () => {
    // As root, chmod 000 does not stop reading (CAP_DAC_OVERRIDE): the walk runs as `nobody` so the
    // locked file and folder fail with a real EACCES. Root cannot be refused otherwise.
    const ran = await asUnprivileged(() => walk());
    expect(ran, "switching to user nobody was refused; the unreadable case is untested").toBeDefined();
    const { files, skips, result } = ran!.value;

    expect(skips).toEqual({ ...EXPECTED_SKIPS, ...UNREADABLE });
    expect(files.map((f) => f.path)).toEqual(Object.keys(SOURCES).sort());
    for (const path of Object.keys(skips)) expect(files.map((f) => f.path)).not.toContain(path);

    const counts: Partial<Record<SkipReason, number>> = {};
    for (const reason of Object.values(skips)) counts[reason] = (counts[reason] ?? 0) + 1;
    expect(Object.fromEntries(Object.entries(result.skipped).filter(([, n]) => n > 0))).toEqual(counts);
    expect(result.eligible).toBe(files.length);
    expect(result.limitReached).toBe(false);
  });

  it("walks folders depth first in sorted order and tells each file's language and size", async () => {
    const { files } = await walk();
    const paths = files.map((f) => f.path);
    expect(paths).toEqual([...paths].sort());
    expect(files.find((f) => f.path === "src/app.ts")).toEqual({
      path: "src/app.ts",
      language: "typescript",
      sizeBytes: Buffer.byteLength(SOURCES["src/app.ts"]!),
    });
    expect(files.find((f) => f.path === "py/models.py")?.language).toBe("python");
  });

  it("gitignore: false keeps what .gitignore files leave out (default ignores still apply)", async () => {
    const { files, skips } = await walk({ gitignore: false });
    expect(files.map((f) => f.path)).toEqual(
      expect.arrayContaining(["nested/hidden.py", "secret/keys.ts", "nested/deeper/ok.py"]),
    );
    expect(skips["debug.log"]).toBe("not-source");
    expect(skips.node_modules).toBe("dependencies");
  });

  it("ignorePatterns: leaves out matching paths with the reason `ignored`", async () => {
    const { files, skips } = await walk({ ignorePatterns: ["py/", "*.rs"] });
    expect(skips.py).toBe("ignored");
    expect(skips["rs/lib.rs"]).toBe("ignored");
    expect(files.some((f) => f.path.startsWith("py/") || f.path.endsWith(".rs"))).toBe(false);
  });

  it("maxFileBytes: skips larger files as too-large without reading them", async () => {
    const { skips } = await walk({ maxFileBytes: 300 });
    expect(skips["src/app.ts"]).toBe("too-large");
    expect(skips["nested/shown.ts"]).toBeUndefined();
  });

  it("maxFiles: stops the walk at the limit and says so", async () => {
    const { files, result } = await walk({ maxFiles: 5 });
    expect(result.limitReached).toBe(true);
    expect(result.filesSeen).toBe(5);
    expect(files.length).toBeLessThanOrEqual(5);
  });

  it("stops when the signal aborts", async () => {
    const controller = new AbortController();
    controller.abort(new Error("stop"));
    await expect(walk({ signal: controller.signal })).rejects.toThrow("stop");
  });

  it("maxFolderEntries: skips a folder with more entries as directory-too-large", async () => {
    const entriesOfRoot = readdirSync(tree.root).length;
    for (let i = 0; i <= entriesOfRoot; i += 1)
      writeFileSync(join(tree.root, "src", `extra-${i}.ts`), "export {};\n");
    const { files, skips } = await walk({ maxFolderEntries: entriesOfRoot });
    expect(skips.src).toBe("directory-too-large");
    expect(files.some((f) => f.path.startsWith("src/"))).toBe(false);
    expect(files.map((f) => f.path)).toContain("py/models.py");
  });
});

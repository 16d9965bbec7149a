// The CLI stays thin (issue 19): its source (tests excluded) is at most 2,500 lines, and it imports no
// plugin package except in the built-in plugin list (builtins.ts), which loads them by name.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const SRC = fileURLToPath(new URL("../src/", import.meta.url));
const MAX_LINES = 2_500;
/** Packages of the workspace an app may import: core, its own libraries that are no plugins, and the web app `serve` starts. */
const ALLOWED = new Set(["@benchloop/core", "@benchloop/web"]);
const BUILTIN_LIST = "builtins.ts";

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(full);
    return entry.name.endsWith(".ts") && !entry.name.endsWith(".test.ts") ? [full] : [];
  });
}

/** Lines of a file as `wc -l` counts them. */
function lineCount(text: string): number {
  return text.split("\n").length - (text.endsWith("\n") ? 1 : 0);
}

/** Workspace packages a module imports (static, dynamic or type-only). */
function workspaceImports(text: string): string[] {
  const found = text.matchAll(/(?:from\s+|import\s*\(\s*|import\s+)["'](@benchloop\/[a-z0-9-]+)[^"']*["']/g);
  return [...found].map((match) => match[1]!);
}

describe("the CLI is thin", () => {
  const files = sourceFiles(SRC);

  it("imports no plugin package outside the built-in plugin list", () => {
    const offending = files.flatMap((file) => {
      if (path.relative(SRC, file) === BUILTIN_LIST) return [];
      return workspaceImports(readFileSync(file, "utf8"))
        .filter((name) => !ALLOWED.has(name))
        .map((name) => `${path.relative(SRC, file)} imports ${name}`);
    });
    expect(offending).toEqual([]);
  });

  it(`has at most ${MAX_LINES} lines of source (tests excluded)`, () => {
    const lines = files.reduce((sum, file) => sum + lineCount(readFileSync(file, "utf8")), 0);
    expect(lines, `apps/cli/src has ${lines} non-test lines`).toBeLessThanOrEqual(MAX_LINES);
  });

  it("finds the imports it checks", () => {
    expect(
      workspaceImports('import type { A } from "@benchloop/gate-profile";\nawait import("@benchloop/x/y");'),
    ).toEqual(["@benchloop/gate-profile", "@benchloop/x"]);
  });
});

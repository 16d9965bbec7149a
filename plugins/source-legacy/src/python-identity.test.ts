// Test identities do not depend on the machine: the same root gives the same test ids and content
// hashes whether or not python3 can be found on PATH.

import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { analyzePython, analyzePythonByRegex } from "./analyze-python.js";
import { buildLegacyCases } from "./build-cases.js";
import { CASE_KINDS } from "./case-data.js";
import { createLegacyTree } from "./legacy-tree.test-helper.js";

const HAS_PYTHON = spawnSync("python3", ["--version"]).status === 0;

const cleanups: (() => void)[] = [];
afterEach(() => {
  for (const cleanup of cleanups.splice(0)) cleanup();
});

/** Python that a line-pattern reader and `ast` could read differently. */
const TRICKY = {
  "pkg/guarded.py": `"""Loads settings with a fallback when the optional parser is missing."""
try:
    import tomllib as toml_reader
except ImportError:
    toml_reader = None

if toml_reader is not None:
    def read_settings(text):
        return toml_reader.loads(text)
else:
    def read_settings(text):
        return {}

HELP = """
import not_a_module
def not_a_function():
    pass
"""

class Settings:
    def get(self, key):
        return read_settings("")[key]
`,
  "pkg/plain.py": `"""Formats amounts of money for the invoice lines."""
from decimal import Decimal
import json

def format_amount(value):
    return f"{Decimal(value):.2f}"

def to_json(lines):
    return json.dumps([format_amount(v) for v in lines])
`,
};

/** PATH with every folder that holds a python3 left out. */
function pathWithoutPython(): string {
  return (process.env.PATH ?? "")
    .split(":")
    .filter((folder) => spawnSync("test", ["-x", join(folder, "python3")]).status !== 0)
    .join(":");
}

describe("legacy test identities and python3", () => {
  it.skipIf(!HAS_PYTHON)("are the same with python3 on PATH and with it hidden", async () => {
    const tree = createLegacyTree("project", { locked: false });
    cleanups.push(() => tree.remove());
    for (const [path, text] of Object.entries(TRICKY)) {
      mkdirSync(dirname(join(tree.root, path)), { recursive: true });
      writeFileSync(join(tree.root, path), text);
    }
    const cwd = mkdtempSync(join(tmpdir(), "legacy-python-id-"));
    cleanups.push(() => rmSync(cwd, { recursive: true, force: true }));
    const build = () =>
      buildLegacyCases({ config: { roots: [tree.root], kinds: [...CASE_KINDS], filesPerRoot: 100 }, cwd });
    const withPython = await build();
    const saved = process.env.PATH;
    process.env.PATH = pathWithoutPython();
    let without: Awaited<ReturnType<typeof build>>;
    try {
      expect(spawnSync("python3", ["--version"]).status).not.toBe(0);
      without = await build();
    } finally {
      process.env.PATH = saved;
    }
    const python = (set: typeof withPython) =>
      set.tests.filter((t) => t.tags.includes("language:python")).map((t) => t.id);
    expect(python(withPython).length).toBeGreaterThanOrEqual(4);
    expect(without.tests.map((t) => [t.id, t.contentHash])).toEqual(
      withPython.tests.map((t) => [t.id, t.contentHash]),
    );
  });

  it.skipIf(!HAS_PYTHON)("read these files as python3's ast does", async () => {
    const sources = Object.values(TRICKY);
    const fromAst = await analyzePython("python3", sources);
    expect(fromAst.map((f) => f.method)).toEqual(["python-ast", "python-ast"]);
    const fromLines = sources.map(analyzePythonByRegex);
    expect(fromLines.map((f) => [f.exports, f.imports])).toEqual(fromAst.map((f) => [f.exports, f.imports]));
    expect(fromLines[0]?.exports?.map((e) => e.name)).toEqual([
      "HELP",
      "Settings",
      "read_settings",
      "toml_reader",
    ]);
  });
});

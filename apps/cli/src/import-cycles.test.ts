// The CLI's own modules import each other without cycles: a cycle (program → command → … → program)
// makes module order matter and hides which module owns what. Reads every relative import of src.
import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import { describe, expect, it } from "vitest";

const SRC = path.dirname(new URL(import.meta.url).pathname);
const IMPORT = /(?:^|\n)\s*(?:import|export)\s(?:[^"';]*?\sfrom\s)?["'](\.{1,2}\/[^"']+)["']/g;

async function sourceFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true });
  const nested = await Promise.all(
    entries.map((e) => (e.isDirectory() ? sourceFiles(path.join(dir, e.name)) : [path.join(dir, e.name)])),
  );
  return nested.flat().filter((f) => f.endsWith(".ts") && !f.endsWith(".test.ts"));
}

/** Module → the modules it imports (type-only imports included: they still tie the modules). */
async function importGraph(files: readonly string[]): Promise<Map<string, string[]>> {
  const graph = new Map<string, string[]>();
  for (const file of files) {
    const text = await readFile(file, "utf8");
    const targets = [...text.matchAll(IMPORT)].map((m) =>
      path.resolve(path.dirname(file), m[1]!.replace(/\.js$/, ".ts")),
    );
    graph.set(
      file,
      targets.filter((t) => files.includes(t)),
    );
  }
  return graph;
}

/** Every cycle found by depth-first search, each as the path of modules relative to src. */
function findCycles(graph: ReadonlyMap<string, readonly string[]>): string[][] {
  const cycles: string[][] = [];
  const state = new Map<string, "open" | "done">();
  const stack: string[] = [];
  const visit = (node: string): void => {
    state.set(node, "open");
    stack.push(node);
    for (const next of graph.get(node) ?? []) {
      if (state.get(next) === "open") cycles.push([...stack.slice(stack.indexOf(next)), next]);
      else if (!state.has(next)) visit(next);
    }
    stack.pop();
    state.set(node, "done");
  };
  for (const node of [...graph.keys()].sort()) if (!state.has(node)) visit(node);
  return cycles.map((cycle) => cycle.map((f) => path.relative(SRC, f)));
}

describe("apps/cli/src imports", () => {
  it("finds a cycle when there is one", () => {
    const graph = new Map([
      ["/a", ["/b"]],
      ["/b", ["/c"]],
      ["/c", ["/a"]],
    ]);
    expect(findCycles(graph).map((c) => c.length)).toEqual([4]);
  });

  it("have no cycles", async () => {
    const files = await sourceFiles(SRC);
    const graph = await importGraph(files);
    expect(graph.get(path.join(SRC, "run-cli.ts"))).toContain(path.join(SRC, "program.ts"));
    expect(findCycles(graph).map((cycle) => cycle.join(" → "))).toEqual([]);
  });
});

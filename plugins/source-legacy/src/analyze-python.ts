// Ground truth for Python files: Python's own `ast` module in one `python3 -I` child process per
// batch when python3 exists; otherwise (or for a file ast cannot parse) a documented regex heuristic.
import { spawn } from "node:child_process";
import { type FileFacts, toExpectedSet } from "./file-facts.js";

// Public symbols: `__all__` when the module assigns it a literal list/tuple of strings; otherwise the
// module-level functions, classes and assigned names (also inside top-level if/try/with blocks) whose
// names do not start with "_". Imports: every `import a.b` (→ "a.b") and `from .x import y` (→ ".x").
const AST_SCRIPT = `
import ast, json, sys

def facts(source):
    try:
        tree = ast.parse(source)
    except Exception:
        return None
    declared = []
    def targets(node):
        if isinstance(node, ast.Name):
            declared.append(node.id)
        elif isinstance(node, (ast.Tuple, ast.List)):
            for element in node.elts:
                targets(element)
    def scan(body):
        for node in body:
            if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
                declared.append(node.name)
            elif isinstance(node, ast.Assign):
                for target in node.targets:
                    targets(target)
            elif isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name):
                declared.append(node.target.id)
            elif isinstance(node, (ast.If, ast.With)) or type(node).__name__ in ("Try", "TryStar"):
                scan(getattr(node, "body", []))
                scan(getattr(node, "orelse", []))
                scan(getattr(node, "finalbody", []))
                for handler in getattr(node, "handlers", []):
                    scan(handler.body)
    explicit = None
    for node in tree.body:
        if isinstance(node, ast.Assign) and isinstance(node.value, (ast.List, ast.Tuple)) and any(
            isinstance(t, ast.Name) and t.id == "__all__" for t in node.targets
        ):
            values = [e.value for e in node.value.elts if isinstance(e, ast.Constant) and isinstance(e.value, str)]
            if len(values) == len(node.value.elts):
                explicit = values
    if explicit is not None:
        exports = explicit
    else:
        scan(tree.body)
        exports = [name for name in declared if not name.startswith("_")]
    imports = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            imports.extend(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            imports.append("." * (node.level or 0) + (node.module or ""))
    return {"exports": sorted(set(exports)), "imports": sorted(set(imports))}

print(json.dumps([facts(source) for source in json.load(sys.stdin)]))
`;

const ALL_LITERAL = /^__all__\s*=\s*[[(]([^\])]*)[\])]/m;
const QUOTED = /["']([^"']+)["']/g;
const DEFINITION = /^(?:async\s+)?(?:def|class)\s+([A-Za-z_]\w*)/;
const ASSIGNED = /^([A-Za-z_]\w*(?:\s*,\s*[A-Za-z_]\w*)*)\s*(?::[^=\n]+)?=(?!=)/;
const IMPORT =
  /^[ \t]*import[ \t]+([\w.]+(?:[ \t]+as[ \t]+\w+)?(?:[ \t]*,[ \t]*[\w.]+(?:[ \t]+as[ \t]+\w+)?)*)/gm;
const FROM_IMPORT = /^[ \t]*from[ \t]+(\.*[\w.]*)[ \t]+import\b/gm;
/** Blocks whose body is still module level for `ast` (names defined in them are module names). */
const TRANSPARENT = new Set(["if", "elif", "else", "try", "except", "finally", "with"]);

function matches(pattern: RegExp, text: string): string[] {
  return [...text.matchAll(pattern)].map((m) => m[1]!);
}

/** The text with the bodies of triple-quoted strings blanked (line breaks kept), so no line inside counts. */
export function blankTripleQuoted(text: string): string {
  return text.replace(/("""|''')[\s\S]*?\1/g, (whole) => whole.replace(/[^\n]/g, " "));
}

/** Names defined at module level: at column 0 or inside top-level if/try/with blocks (any depth). */
function moduleLevelNames(text: string): string[] {
  const names: string[] = [];
  const blocks: { indent: number; transparent: boolean }[] = [];
  for (const raw of text.split("\n")) {
    const line = raw.replace(/\s+$/, "");
    const body = line.trimStart();
    if (body === "" || body.startsWith("#")) continue;
    const indent = line.length - body.length;
    while (blocks.length > 0 && blocks[blocks.length - 1]!.indent >= indent) blocks.pop();
    const moduleLevel = blocks.every((b) => b.transparent);
    if (moduleLevel) {
      const definition = DEFINITION.exec(body);
      const assigned = definition ? undefined : ASSIGNED.exec(body);
      if (definition) names.push(definition[1]!);
      else if (assigned) names.push(...assigned[1]!.split(",").map((n) => n.trim()));
    }
    if (/:\s*(?:#.*)?$/.test(body)) {
      const word = /^[a-z]+/.exec(body)?.[0] ?? "";
      blocks.push({ indent, transparent: TRANSPARENT.has(word) });
    }
  }
  return names;
}

/**
 * The line-pattern reader for Python, the ground truth of Python cases on every machine (so a test's
 * identity never depends on whether python3 is installed): triple-quoted string bodies are blanked
 * first; `__all__ = [...]` literal, else `def`/`class`/assignments at module level (column 0 or inside
 * top-level if/try/with blocks) not starting with "_"; imports from `import a, b as c` and
 * `from x import y` lines anywhere. Backslash continuations and one-line compound statements can fool it.
 */
export function analyzePythonByRegex(source: string): FileFacts {
  const text = blankTripleQuoted(source.replace(/\r\n?/g, "\n"));
  const all = ALL_LITERAL.exec(text);
  const exports = all
    ? matches(QUOTED, all[1]!)
    : moduleLevelNames(text).filter((name) => !name.startsWith("_"));
  const imports = [
    ...matches(IMPORT, text).flatMap((list) => list.split(",").map((part) => part.trim().split(/\s+/)[0]!)),
    ...matches(FROM_IMPORT, text),
  ];
  return {
    exports: toExpectedSet(exports.map((name) => ({ name }))),
    exportsComplete: true,
    imports: toExpectedSet(imports.map((name) => ({ name }))),
    method: "python-regex",
  };
}

interface AstFacts {
  exports: string[];
  imports: string[];
}

/** Runs the ast script over all sources at once; undefined when python cannot be run. */
function runAst(
  python: string,
  sources: string[],
  signal?: AbortSignal,
): Promise<(AstFacts | null)[] | undefined> {
  return new Promise((resolve) => {
    let stdout = "";
    const child = spawn(python, ["-I", "-c", AST_SCRIPT], {
      stdio: ["pipe", "pipe", "ignore"],
      signal,
      timeout: 60_000,
      // -I ignores PYTHON* variables and the user site; the rest of the environment lets shims (pyenv) work.
      env: { ...process.env, PYTHONIOENCODING: "utf-8" },
    });
    child.stdout.setEncoding("utf8");
    child.stdout.on("data", (chunk: string) => {
      stdout += chunk;
    });
    child.on("error", () => resolve(undefined));
    child.stdin.on("error", () => {});
    child.on("close", (code) => {
      if (code !== 0) return resolve(undefined);
      try {
        const parsed = JSON.parse(stdout) as unknown;
        resolve(
          Array.isArray(parsed) && parsed.length === sources.length
            ? (parsed as (AstFacts | null)[])
            : undefined,
        );
      } catch {
        resolve(undefined);
      }
    });
    child.stdin.end(JSON.stringify(sources));
  });
}

/**
 * Exports and imports of Python sources, in order: by `ast` through `python` (one process for all),
 * falling back per file to {@link analyzePythonByRegex}.
 */
export async function analyzePython(
  python: string,
  sources: string[],
  signal?: AbortSignal,
): Promise<FileFacts[]> {
  if (sources.length === 0) return [];
  const results = await runAst(python, sources, signal);
  signal?.throwIfAborted();
  return sources.map((source, index) => {
    const facts = results?.[index];
    if (!facts) return analyzePythonByRegex(source);
    return {
      exports: toExpectedSet(facts.exports.map((name) => ({ name }))),
      exportsComplete: true,
      imports: toExpectedSet(facts.imports.map((name) => ({ name }))),
      method: "python-ast",
    };
  });
}

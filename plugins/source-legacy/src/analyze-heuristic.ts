// Ground truth for languages without a parser here, by documented line patterns (the README lists
// them). They read top-level declarations only; text inside strings or comments can fool them.
import { type FileFacts, toExpectedSet } from "./file-facts.js";
import type { Language } from "./languages.js";

interface Patterns {
  exports?: RegExp[];
  imports?: RegExp[];
  /** Turns a raw import match into module names. */
  splitImport?(raw: string): string[];
}

const GO_BLOCK = /^(?:var|const|type)\s*\(\n([\s\S]*?)^\)/gm;
const GO_IMPORT_BLOCK = /^import\s*\(\n([\s\S]*?)^\)/gm;

const PATTERNS: Partial<Record<Language, Patterns>> = {
  go: {
    // Package-level exported (capitalised) functions, types, vars and consts; methods are not listed.
    exports: [/^func\s+([A-Z]\w*)\s*[[(]/gm, /^(?:type|var|const)\s+([A-Z]\w*)\b/gm],
    imports: [/^import\s+(?:[\w.]+\s+)?"([^"]+)"/gm],
  },
  rust: {
    // Items declared `pub` at column 0 (not `pub(crate)`); crates named by `use`/`extern crate`.
    exports: [
      /^pub\s+(?:(?:async|const|unsafe|extern\s+"[^"]*")\s+)*(?:fn|struct|enum|trait|type|const|static|mod|union)\s+([A-Za-z_]\w*)/gm,
    ],
    imports: [
      /^\s*(?:pub(?:\([^)]*\))?\s+)?use\s+(?:::)?([A-Za-z_]\w*)/gm,
      /^\s*extern\s+crate\s+([A-Za-z_]\w*)/gm,
    ],
    splitImport: (raw) => (["crate", "self", "super"].includes(raw) ? [] : [raw]),
  },
  java: {
    // Public types and public methods (a constructor counts as its type's name).
    exports: [
      /^\s*public\s+(?:(?:abstract|final|static|sealed|non-sealed|strictfp)\s+)*(?:class|interface|enum|record|@interface)\s+([A-Za-z_]\w*)/gm,
      /^\s+public\s+(?:(?:static|final|abstract|synchronized|native|default)\s+)*(?:<[^>]*>\s+)?[\w.<>[\],?\s]+?\s+([a-z_]\w*)\s*\(/gm,
    ],
    imports: [/^import\s+(?:static\s+)?([\w.]+(?:\.\*)?)\s*;/gm],
  },
  csharp: {
    exports: [
      /^\s*public\s+(?:(?:static|sealed|abstract|partial|readonly|ref)\s+)*(?:class|interface|enum|struct|record)\s+([A-Za-z_]\w*)/gm,
    ],
    imports: [/^\s*using\s+(?:static\s+)?([\w.]+)\s*;/gm],
  },
  ruby: {
    // Classes and modules (nested names as written), and methods defined with `def`.
    exports: [/^\s*(?:class|module)\s+([A-Z]\w*(?:::\w+)*)/gm, /^\s*def\s+(?:self\.)?([a-z_]\w*[?!=]?)/gm],
    imports: [/^\s*require(?:_relative)?\s*\(?\s*["']([^"']+)["']/gm],
  },
  kotlin: { imports: [/^import\s+([\w.]+(?:\.\*)?)/gm] },
  c: { imports: [/^\s*#\s*include\s*[<"]([^>"]+)[>"]/gm] },
  cpp: { imports: [/^\s*#\s*include\s*[<"]([^>"]+)[>"]/gm] },
  php: {
    imports: [/^\s*use\s+([\w\\]+)/gm, /^\s*(?:require|include)(?:_once)?\s*\(?\s*["']([^"']+)["']/gm],
  },
  swift: {
    imports: [/^\s*import\s+(?:(?:class|struct|enum|protocol|func|var|let|typealias)\s+)?([\w.]+)/gm],
  },
  scala: { imports: [/^\s*import\s+([\w.]+)/gm] },
  lua: { imports: [/\brequire\s*\(?\s*["']([^"']+)["']/g] },
};

function collect(patterns: RegExp[], text: string): string[] {
  return patterns.flatMap((pattern) => [...text.matchAll(pattern)].map((m) => m[1]!));
}

/** Go groups (`const ( … )`, `import ( … )`) spread their names over lines. */
function goGroups(text: string): { exports: string[]; imports: string[] } {
  const exports = [...text.matchAll(GO_BLOCK)].flatMap((block) =>
    [...block[1]!.matchAll(/^\s+([A-Z]\w*)\b/gm)].map((m) => m[1]!),
  );
  const imports = [...text.matchAll(GO_IMPORT_BLOCK)].flatMap((block) =>
    [...block[1]!.matchAll(/^\s*(?:[\w.]+\s+)?"([^"]+)"/gm)].map((m) => m[1]!),
  );
  return { exports, imports };
}

/** Exports and imports by line patterns; a kind is undefined when the language has no pattern for it. */
export function analyzeByHeuristic(language: Language, text: string): FileFacts {
  const patterns = PATTERNS[language] ?? {};
  const normalized = text.replace(/\r\n?/g, "\n");
  let exports = patterns.exports ? collect(patterns.exports, normalized) : undefined;
  let imports = patterns.imports ? collect(patterns.imports, normalized) : undefined;
  if (language === "go") {
    const groups = goGroups(normalized);
    exports = [...(exports ?? []), ...groups.exports];
    imports = [...(imports ?? []), ...groups.imports];
  }
  if (imports && patterns.splitImport) imports = imports.flatMap(patterns.splitImport);
  return {
    exports: exports && toExpectedSet(exports.map((name) => ({ name }))),
    exportsComplete: true,
    imports: imports && toExpectedSet(imports.map((name) => ({ name }))),
    method: `${language}-heuristic`,
  };
}

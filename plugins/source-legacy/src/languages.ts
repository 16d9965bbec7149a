// The source languages legacy ingestion reads, by file extension, and what ground truth each supports:
// structure (exported/public symbols) and dependencies (imported modules) need an analyser.

/** A source language legacy ingestion recognises. */
export type Language =
  | "typescript"
  | "javascript"
  | "python"
  | "go"
  | "rust"
  | "java"
  | "kotlin"
  | "csharp"
  | "c"
  | "cpp"
  | "ruby"
  | "php"
  | "swift"
  | "scala"
  | "lua"
  | "shell";

/** How a language's ground truth is derived; undefined when the kind has no analyser for it. */
export interface LanguageSupport {
  structure?: "typescript" | "python" | "heuristic";
  dependencies?: "typescript" | "python" | "heuristic";
}

const EXTENSIONS: Record<string, Language> = {
  ts: "typescript",
  tsx: "typescript",
  mts: "typescript",
  cts: "typescript",
  js: "javascript",
  jsx: "javascript",
  mjs: "javascript",
  cjs: "javascript",
  py: "python",
  pyi: "python",
  go: "go",
  rs: "rust",
  java: "java",
  kt: "kotlin",
  kts: "kotlin",
  cs: "csharp",
  c: "c",
  h: "c",
  cc: "cpp",
  cpp: "cpp",
  cxx: "cpp",
  hpp: "cpp",
  hh: "cpp",
  rb: "ruby",
  php: "php",
  swift: "swift",
  scala: "scala",
  lua: "lua",
  sh: "shell",
  bash: "shell",
  zsh: "shell",
};

/** What each language supports; languages not listed here still give summary cases. */
export const LANGUAGE_SUPPORT: Record<Language, LanguageSupport> = {
  typescript: { structure: "typescript", dependencies: "typescript" },
  javascript: { structure: "typescript", dependencies: "typescript" },
  python: { structure: "python", dependencies: "python" },
  go: { structure: "heuristic", dependencies: "heuristic" },
  rust: { structure: "heuristic", dependencies: "heuristic" },
  java: { structure: "heuristic", dependencies: "heuristic" },
  kotlin: { dependencies: "heuristic" },
  csharp: { structure: "heuristic", dependencies: "heuristic" },
  c: { dependencies: "heuristic" },
  cpp: { dependencies: "heuristic" },
  ruby: { structure: "heuristic", dependencies: "heuristic" },
  php: { dependencies: "heuristic" },
  swift: { dependencies: "heuristic" },
  scala: { dependencies: "heuristic" },
  lua: { dependencies: "heuristic" },
  shell: {},
};

/** The language of a file name, from its extension (`.d.ts` is TypeScript); undefined when not source. */
export function languageOf(fileName: string): Language | undefined {
  const dot = fileName.lastIndexOf(".");
  if (dot <= 0) return undefined;
  return EXTENSIONS[fileName.slice(dot + 1).toLowerCase()];
}

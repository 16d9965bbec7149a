// Finds fenced code blocks the way models write them (``` or ~~~, optional language, an unclosed
// fence at the end of a truncated answer) and tells code-looking lines from prose.

/** One fenced block of an answer. */
export interface FencedBlock {
  /** The info string's first word, lowercased ("" when none). */
  language: string;
  content: string;
  /** Line index of the opening fence. */
  startLine: number;
  /** Line index of the closing fence (the last line when the fence is never closed). */
  endLine: number;
}

const OPEN_FENCE = /^[ \t]*(`{3,}|~{3,})[ \t]*([^\s`]*)[^`]*$/;

/** Every fenced block, in order. */
export function findFencedBlocks(text: string): FencedBlock[] {
  const lines = text.split(/\r?\n/);
  const blocks: FencedBlock[] = [];
  let index = 0;
  while (index < lines.length) {
    const open = OPEN_FENCE.exec(lines[index] ?? "");
    if (!open) {
      index += 1;
      continue;
    }
    const fence = open[1] ?? "```";
    const close = new RegExp(`^[ \\t]*${fence[0] === "`" ? "`" : "~"}{${fence.length},}[ \\t]*$`);
    let end = index + 1;
    while (end < lines.length && !close.test(lines[end] ?? "")) end += 1;
    blocks.push({
      language: (open[2] ?? "").toLowerCase(),
      content: lines.slice(index + 1, end).join("\n"),
      startLine: index,
      endLine: Math.min(end, lines.length - 1),
    });
    index = end + 1;
  }
  return blocks;
}

const LANGUAGE_ALIASES: Record<string, string> = {
  py: "python",
  python3: "python",
  js: "javascript",
  mjs: "javascript",
  cjs: "javascript",
  node: "javascript",
  ts: "typescript",
  sh: "shell",
  bash: "shell",
  zsh: "shell",
  console: "shell",
  shell: "shell",
  postgres: "sql",
  postgresql: "sql",
  psql: "sql",
  sqlite: "sql",
  golang: "go",
  rs: "rust",
  yml: "yaml",
};

/** The canonical name of a fence language (`py` → `python`, `sh` → `shell`). */
export function normaliseLanguage(language: string): string {
  const lower = language.toLowerCase();
  return LANGUAGE_ALIASES[lower] ?? lower;
}

const CODE_LINE_PATTERNS: RegExp[] = [
  /[;{}]\s*$/, // statement or block ends: C-like languages, CSS, SQL
  /^\s*(def|class)\s+\w+.*:\s*$/, // Python definitions
  /^\s*(if|elif|else|for|while|try|except|finally|with)\b.*:\s*$/, // Python blocks (lowercase keywords only)
  /^\s*(return|import|const|let|var|function|export|package|using|fn|pub|func|struct|impl|raise|yield|await)\b/,
  /^\s*from\s+[\w.]+\s+import\s/,
  /^\s*#include\s*[<"]/,
  /^\s*(SELECT|INSERT|UPDATE|DELETE|CREATE|ALTER|DROP|WITH|FROM|WHERE|GROUP BY|ORDER BY|JOIN|LEFT JOIN|LIMIT|HAVING)\b/,
  // lowercase SQL clauses, only in shapes prose rarely takes
  /^\s*(select\s+\S|insert\s+into\s|update\s+\w+\s+set\s|delete\s+from\s|create\s+(table|index|view)\s|alter\s+table\s)/,
  /^\s*((inner|left|right|full)\s+)?join\s+\w+.*\son\s/,
  /^\s*(from\s+[\w.]+(\s+(as\s+)?\w+)?|group\s+by\s+[\w.,\s]+|order\s+by\s+.+\s(asc|desc)|limit\s+\d+)\s*;?\s*$/,
  /^\s*where\s+[\w.]+\s*(=|<|>|in\b|is\b|like\b|between\b)/,
  /^\s*[\w.[\]]+\s*(=|\+=|-=|\*=|\/=|:=)\s*\S/, // assignment
  /^\s*(await\s+)?[\w.]+\(.*\)\s*;?\s*$/, // a call on its own line
  /^\s*(\/\/|#!)/, // comment or shebang
];

/** True for a line that reads as source code rather than prose. */
export function isCodeLikeLine(line: string): boolean {
  return CODE_LINE_PATTERNS.some((pattern) => pattern.test(line));
}

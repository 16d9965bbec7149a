// What a grep-and-regex script answers to the legacy cases that need the code understood: callers of a
// function found by grepping for calls spelling its name (each attributed to the nearest declaration
// above it), and the "which function was edited" question answered with the first suspicious-looking
// comparison of the numbered file.

/** The files a prompt shows as "`path`:" followed by a fenced block. */
function shownFiles(prompt: string): { path: string; lines: string[] }[] {
  return [...prompt.matchAll(/`([^`\n]+)`:\n\n(`{3,})[^\n]*\n([\s\S]*?)\n\2/g)].map((m) => ({
    path: m[1] as string,
    lines: (m[3] as string).split("\n"),
  }));
}

const DECLARATION =
  /^\s*(?:export\s+)?(?:default\s+)?(?:async\s+)?(?:function\*?\s+([A-Za-z_$][\w$]*)|(?:const|let|var)\s+([A-Za-z_$][\w$]*)\s*=\s*(?:async\s*)?(?:function|\(|[A-Za-z_$][\w$]*\s*=>)|(?:public\s+|private\s+|protected\s+|static\s+|async\s+)*([A-Za-z_$][\w$]*)\s*\([^)]*\)\s*(?::[^{]*)?\{)/;
const CLASS = /^\s*(?:export\s+)?(?:default\s+)?class\s+([A-Za-z_$][\w$]*)/;
const KEYWORDS = new Set(["if", "for", "while", "switch", "catch", "return", "function"]);

/** Grep answer of a callers prompt (`which functions call …` / `which files hold calls …`), or undefined. */
export function grepCallersAnswer(prompt: string): string | undefined {
  const asked = /(?:call|signature of) (?:the function|the method) `([^`]+)`/.exec(prompt);
  if (!asked) return undefined;
  const name = (asked[1] as string).split(".").at(-1) as string;
  const call = new RegExp(`(?<![\\w$])${name.replace(/\$/g, "\\$")}\\s*\\(`);
  const callers = new Set<string>();
  const files = new Set<string>();
  for (const file of shownFiles(prompt)) {
    let owner = "(top level)";
    let className: string | undefined;
    for (const line of file.lines) {
      const cls = CLASS.exec(line);
      if (cls) className = cls[1];
      const declared = DECLARATION.exec(line);
      const declaredName = declared?.[1] ?? declared?.[2] ?? declared?.[3];
      if (declaredName && !KEYWORDS.has(declaredName)) {
        owner = declared?.[3] && className ? `${className}.${declaredName}` : declaredName;
        if (declaredName === name) continue;
      }
      if (call.test(line)) {
        callers.add(`${file.path}:${owner}`);
        files.add(file.path);
      }
    }
  }
  return /which files/i.test(prompt)
    ? JSON.stringify({ files: [...files] })
    : JSON.stringify({ callers: [...callers] });
}

/** A regex answer to a mutation prompt: the function above the first comparison line, or undefined. */
export function grepMutationAnswer(prompt: string): string | undefined {
  if (!/which function's behaviour changed/i.test(prompt)) return undefined;
  const numbered = [...prompt.matchAll(/^\s*(\d+) \| (.*)$/gm)].map((m) => ({
    line: Number(m[1]),
    text: m[2] as string,
  }));
  let owner: string | undefined;
  for (const { line, text } of numbered) {
    const declared = DECLARATION.exec(text);
    const declaredName = declared?.[1] ?? declared?.[2] ?? declared?.[3];
    if (declaredName && !KEYWORDS.has(declaredName)) owner = declaredName;
    if (owner && /[<>]=?|[!=]==?|&&|\|\|/.test(text.replace(/=>/g, "")))
      return JSON.stringify({ function: owner, line });
  }
  return JSON.stringify({ function: owner ?? "main", line: 1 });
}

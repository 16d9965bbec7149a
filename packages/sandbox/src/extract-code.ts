// Finds the module a model meant in its answer: reasoning (`<think>`) removed, fenced blocks read with
// the quirks real models have (CRLF, indented or unclosed fences, glued closing fences), and the one
// block defining the required exports chosen — plus only blocks that add missing exports without
// redeclaring anything. Unfenced answers that are plainly code are accepted; prose is refused.

/** Result of {@link extractCode}. */
export type ExtractedCode =
  | {
      ok: true;
      code: string;
      language: "typescript" | "javascript";
      /** Fenced blocks in the answer (any language), after reasoning was removed. */
      blockCount: number;
      /** Blocks (or unfenced code regions) that went into `code`. */
      selectedBlocks: number;
      /** Whether the code came from fenced blocks or from unfenced text. */
      source: "fenced" | "unfenced";
      /** Required exports the chosen code does not appear to define (the sandbox has the last word). */
      missingExports: string[];
    }
  | { ok: false; type: "no_code" | "empty_answer"; message: string };

/** Options of {@link extractCode}. */
export interface ExtractCodeOptions {
  /** The language the test asks for; TypeScript-looking code is reported as TypeScript either way. */
  language: "typescript" | "javascript";
  /** Names the module must export; they decide which block is the answer. */
  exports: string[];
}

interface Fence {
  language: string;
  code: string;
}

interface Candidate {
  index: number;
  code: string;
  language: string;
  provides: Set<string>;
  declares: Set<string>;
  typeNames: Set<string>;
}

const CODE_LANGUAGES = new Set([
  "",
  "ts",
  "typescript",
  "tsx",
  "mts",
  "cts",
  "js",
  "javascript",
  "jsx",
  "mjs",
  "cjs",
  "node",
  "es6",
  "ecmascript",
]);
const TYPESCRIPT_LABELS = new Set(["ts", "typescript", "tsx", "mts", "cts"]);

const IDENTIFIER = "[A-Za-z_$][\\w$]*";
/** A line that starts a JavaScript/TypeScript declaration or import (not a sentence that happens to say "function"). */
const DECLARATION_START = new RegExp(
  [
    `^\\s*export\\s+(default\\b|const\\b|let\\b|var\\b|function\\b|async\\b|class\\b|interface\\b|type\\b|enum\\b|declare\\b|abstract\\b|\\{|\\*)`,
    `^\\s*import\\s+(type\\s+)?(${IDENTIFIER}\\s*,?\\s*)?(\\{[^}]*\\}|\\*\\s+as\\s+${IDENTIFIER})?\\s*(from\\s*)?["'][^"']+["']`,
    `^\\s*(async\\s+)?function\\s*\\*?\\s*${IDENTIFIER}\\s*[(<]`,
    `^\\s*(const|let|var)\\s+(${IDENTIFIER}|\\{[^}]*\\}|\\[[^\\]]*\\])\\s*(:[^=]+)?=`,
    `^\\s*(abstract\\s+)?class\\s+${IDENTIFIER}\\s*(\\{|<|extends\\b|implements\\b)`,
    `^\\s*interface\\s+${IDENTIFIER}\\s*(\\{|<|extends\\b)`,
    `^\\s*type\\s+${IDENTIFIER}\\s*(<[^>]*>)?\\s*=`,
    `^\\s*(const\\s+)?enum\\s+${IDENTIFIER}\\s*\\{`,
    `^\\s*(module\\.)?exports(\\.${IDENTIFIER})?\\s*=`,
  ].join("|"),
);
/** Lines that read as code inside an unfenced region (statements, braces, comments, calls). */
const CODE_LINE =
  /([;{}(),[\]]|=>|\*\/)\s*$|^[})\]]|^(\/\/|\/\*|\*|@)|^(return|if|else|for|while|do|switch|case|default|try|catch|finally|throw|break|continue|new|await|yield|private|public|protected|readonly|static|get|set|constructor)\b|^[\w$.[\]'"]+\s*(=|\+=|-=|\*=|\/=|\(|\.|\?\.|:)/;
const TYPESCRIPT_SYNTAX =
  /\binterface\s+[A-Za-z_$]|\btype\s+[A-Za-z_$][\w$]*\s*(<[^>]*>)?\s*=|[\w)\]]\s*\??:\s*(number|string|boolean|void|any|unknown|never|object|bigint|Record<|Array<|Promise<|[A-Z][\w$]*(\[\])?)\b|\bas\s+(const|number|string|any|unknown)\b|\b(private|public|protected|readonly)\s+[A-Za-z_$]|\bimplements\s+[A-Za-z_$]|<[A-Z][\w$]*>\s*\(/;

/**
 * Extracts the module code from a model's answer.
 *
 * Returns `{ ok: false, type: "empty_answer" }` for an empty answer and `{ ok: false, type: "no_code" }`
 * when nothing in it is TypeScript or JavaScript code (prose, refusals, tool-call JSON, other languages).
 */
export function extractCode(answer: string, options: ExtractCodeOptions): ExtractedCode {
  if (answer.trim() === "") return { ok: false, type: "empty_answer", message: "the answer is empty" };
  const text = removeReasoning(answer.replace(/^\uFEFF/, "").replace(/\r\n?/g, "\n"));
  if (text.trim() === "") {
    return {
      ok: false,
      type: "no_code",
      message: "the answer holds only reasoning (<think>…</think>) and no code",
    };
  }
  const { fences, outside } = readFences(text);
  const fencedCandidates = fences
    .map((fence, index) => ({ fence, index }))
    .filter(({ fence }) => CODE_LANGUAGES.has(fence.language) && hasDeclaration(fence.code))
    .map(({ fence, index }) => analyse(index, fence.code, fence.language, options.exports));
  let source: "fenced" | "unfenced" = "fenced";
  let candidates = fencedCandidates;
  if (candidates.length === 0) {
    source = "unfenced";
    candidates = findCodeRegions(outside).map((region, index) => analyse(index, region, "", options.exports));
  }
  if (candidates.length === 0) {
    const languages = [...new Set(fences.map((fence) => fence.language || "unlabelled"))];
    return {
      ok: false,
      type: "no_code",
      message:
        fences.length > 0
          ? `the answer has no TypeScript or JavaScript code: its ${fences.length} fenced block(s) (${languages.join(", ")}) hold no declarations, and no unfenced line starts one`
          : "the answer has no TypeScript or JavaScript code: no fenced block and no line that starts a declaration",
    };
  }
  const chosen = choose(candidates, options.exports);
  const code = `${chosen.map((candidate) => candidate.code.trim()).join("\n\n")}\n`;
  const provided = new Set(chosen.flatMap((candidate) => [...candidate.provides]));
  const labelledTypeScript = chosen.some((candidate) => TYPESCRIPT_LABELS.has(candidate.language));
  return {
    ok: true,
    code,
    language:
      options.language === "typescript" || labelledTypeScript || TYPESCRIPT_SYNTAX.test(code)
        ? "typescript"
        : "javascript",
    blockCount: fences.length,
    selectedBlocks: chosen.length,
    source,
    missingExports: options.exports.filter((name) => !provided.has(name)),
  };
}

/** Removes `<think>…</think>` (and `<thinking>`) reasoning, a dangling closing tag's prefix, and an unclosed tail. */
function removeReasoning(text: string): string {
  let result = text.replace(/<(think|thinking|reasoning)>[\s\S]*?<\/\1>/gi, "");
  const dangling = /<\/(think|thinking|reasoning)>/gi;
  let lastClose = -1;
  for (let match = dangling.exec(result); match; match = dangling.exec(result)) {
    lastClose = match.index + match[0].length;
  }
  if (lastClose !== -1) result = result.slice(lastClose);
  const unclosed = result.search(/<(think|thinking|reasoning)>/i);
  if (unclosed !== -1) result = result.slice(0, unclosed);
  return result;
}

/**
 * Reads fenced blocks line by line. A closing fence may be indented or glued to the last code line;
 * a fence with a language inside an open block starts a new block; an unclosed block runs to the end.
 */
function readFences(text: string): { fences: Fence[]; outside: string } {
  const fences: Fence[] = [];
  const outside: string[] = [];
  const lines = text.split("\n");
  let open: { marker: string; indent: number; language: string; lines: string[] } | undefined;
  const close = () => {
    if (!open) return;
    fences.push({ language: open.language, code: open.lines.join("\n") });
    open = undefined;
  };
  for (const line of lines) {
    const opening = /^(\s*)(`{3,}|~{3,})\s*([^`\s]*)[^`]*$/.exec(line);
    if (open) {
      const closing = /^\s*(`{3,}|~{3,})\s*$/.exec(line);
      if (closing?.[1] && closing[1][0] === open.marker[0] && closing[1].length >= open.marker.length) {
        close();
        continue;
      }
      if (opening && normaliseLanguage(opening[3] ?? "") !== "") {
        close();
      } else {
        const glued = /^(.*\S)\s*(`{3,})\s*$/.exec(line);
        if (glued?.[1] && glued[2] && open.marker[0] === "`" && glued[2].length >= open.marker.length) {
          open.lines.push(dedent(glued[1], open.indent));
          close();
          continue;
        }
        open.lines.push(dedent(line, open.indent));
        continue;
      }
    }
    if (opening) {
      open = {
        marker: opening[2] ?? "```",
        indent: (opening[1] ?? "").length,
        language: normaliseLanguage(opening[3] ?? ""),
        lines: [],
      };
      continue;
    }
    outside.push(line);
  }
  close();
  return { fences, outside: outside.join("\n") };
}

/** `TypeScript`, `ts:solution.ts`, `{.ts}` → `typescript`, `ts`, `ts`. */
function normaliseLanguage(info: string): string {
  return (/^[{.]*([A-Za-z0-9+#-]*)/.exec(info)?.[1] ?? "").toLowerCase();
}

function dedent(line: string, indent: number): string {
  if (indent === 0) return line;
  const leading = /^\s*/.exec(line)?.[0].length ?? 0;
  return line.slice(Math.min(indent, leading));
}

function hasDeclaration(code: string): boolean {
  return code.split("\n").some((line) => DECLARATION_START.test(line));
}

/**
 * Unfenced code: runs of lines that start at a declaration and go on while lines read as code or an
 * open bracket is pending, ending at the first prose line outside brackets.
 */
function findCodeRegions(text: string): string[] {
  const lines = text.split("\n");
  const regions: string[] = [];
  let index = 0;
  while (index < lines.length) {
    if (!DECLARATION_START.test(lines[index] ?? "")) {
      index++;
      continue;
    }
    let start = index;
    // Comments right above the first declaration belong to the code.
    while (start > 0 && /^\s*(\/\/|\/\*|\*)/.test(lines[start - 1] ?? "")) start--;
    let end = index;
    let depth = 0;
    for (; index < lines.length; index++) {
      const line = lines[index] ?? "";
      const trimmed = line.trim();
      if (
        index > end &&
        depth <= 0 &&
        trimmed !== "" &&
        !CODE_LINE.test(trimmed) &&
        !DECLARATION_START.test(line)
      ) {
        break;
      }
      depth += bracketBalance(line);
      if (trimmed !== "") end = index;
    }
    const region = lines.slice(start, end + 1).join("\n");
    if (hasDeclaration(region)) regions.push(region);
  }
  return regions;
}

/** Opening minus closing brackets on a line, ignoring strings, template text and comments. */
function bracketBalance(line: string): number {
  let balance = 0;
  let quote: string | undefined;
  for (let position = 0; position < line.length; position++) {
    const char = line[position];
    if (quote) {
      if (char === "\\") position++;
      else if (char === quote) quote = undefined;
      continue;
    }
    if (char === '"' || char === "'" || char === "`") quote = char;
    else if (char === "/" && line[position + 1] === "/") break;
    else if (char === "{" || char === "(" || char === "[") balance++;
    else if (char === "}" || char === ")" || char === "]") balance--;
  }
  return balance;
}

function analyse(index: number, code: string, language: string, required: string[]): Candidate {
  const exported = exportedNames(code);
  return {
    index,
    code,
    language,
    provides: new Set(required.filter((name) => exported.has(name))),
    declares: declaredNames(code),
    typeNames: typeOnlyNames(code),
  };
}

/** Runtime names a module exports, in ESM or CommonJS form (types are not runtime exports). */
function exportedNames(code: string): Set<string> {
  const names = new Set<string>();
  const add = (pattern: RegExp, group = 1) => {
    for (const match of code.matchAll(pattern)) if (match[group]) names.add(match[group]);
  };
  // `export default function name` exports "default", not "name".
  add(new RegExp(`^\\s*export\\s+(?:declare\\s+)?(?:async\\s+)?function\\s*\\*?\\s*(${IDENTIFIER})`, "gm"));
  add(new RegExp(`^\\s*export\\s+(?:declare\\s+)?(?:abstract\\s+)?class\\s+(${IDENTIFIER})`, "gm"));
  add(new RegExp(`^\\s*export\\s+(?:declare\\s+)?(?:const|let|var)\\s+(${IDENTIFIER})`, "gm"));
  add(new RegExp(`^\\s*export\\s+(?:declare\\s+)?(?:const\\s+)?enum\\s+(${IDENTIFIER})`, "gm"));
  add(new RegExp(`(?:^|[^\\w$.])(?:module\\.)?exports\\.(${IDENTIFIER})\\s*=`, "gm"));
  if (/^\s*export\s+default\b/m.test(code) || /(?:^|[^\w$.])exports\.default\s*=/m.test(code))
    names.add("default");
  for (const match of code.matchAll(/^\s*export\s+(?:const|let|var)\s+\{([^}]*)\}/gm)) {
    for (const part of (match[1] ?? "").split(",")) {
      const name = part.split(":").pop()?.split("=")[0]?.trim();
      if (name) names.add(name);
    }
  }
  for (const match of code.matchAll(/^\s*export\s+(?!type\b)\{([^}]*)\}/gm)) {
    for (const part of (match[1] ?? "").split(",")) {
      const clean = part.trim().replace(/^type\s+/, "");
      if (part.trim().startsWith("type ")) continue;
      const alias = /\bas\s+([A-Za-z_$][\w$]*)$/.exec(clean);
      const name = alias?.[1] ?? clean;
      if (/^[A-Za-z_$][\w$]*$/.test(name)) names.add(name);
    }
  }
  for (const match of code.matchAll(/(?:^|[^\w$.])module\.exports\s*=\s*\{([^}]*)\}/gm)) {
    for (const part of (match[1] ?? "").split(",")) {
      const name = /^\s*(?:async\s+)?\*?\s*([A-Za-z_$][\w$]*)/.exec(part)?.[1];
      if (name) names.add(name);
    }
  }
  return names;
}

/** Names a module declares at its top level (column 0), imports included: what would clash if two blocks were joined. */
function declaredNames(code: string): Set<string> {
  const names = new Set<string>();
  const declaration = new RegExp(
    `^(?:export\\s+)?(?:default\\s+)?(?:declare\\s+)?(?:async\\s+)?(?:abstract\\s+)?(?:function\\s*\\*?|class|const|let|var|interface|type|enum)\\s+(${IDENTIFIER})`,
    "gm",
  );
  for (const match of code.matchAll(declaration)) if (match[1]) names.add(match[1]);
  for (const match of code.matchAll(/^import\s+(?:type\s+)?([^"';]*?)\s+from\s/gm)) {
    for (const name of (match[1] ?? "").match(/[A-Za-z_$][\w$]*/g) ?? []) {
      if (name !== "as" && name !== "type") names.add(name);
    }
  }
  return names;
}

/** Interfaces and type aliases declared at the top level. */
function typeOnlyNames(code: string): Set<string> {
  const names = new Set<string>();
  for (const match of code.matchAll(
    new RegExp(`^(?:export\\s+)?(?:interface|type)\\s+(${IDENTIFIER})`, "gm"),
  )) {
    if (match[1]) names.add(match[1]);
  }
  return names;
}

/**
 * The block that provides the most required exports (the later one on a tie: models revise), then
 * blocks that add still-missing exports or types the chosen code uses, never one that redeclares a name.
 */
function choose(candidates: Candidate[], required: string[]): Candidate[] {
  let best = candidates[0] as Candidate;
  for (const candidate of candidates) {
    const score = candidate.provides.size * 1000 + Math.min(candidate.declares.size, 999);
    const bestScore = best.provides.size * 1000 + Math.min(best.declares.size, 999);
    if (required.length > 0 ? candidate.provides.size >= best.provides.size : score >= bestScore)
      best = candidate;
  }
  const chosen = [best];
  const covered = new Set(best.provides);
  const declared = new Set(best.declares);
  const clashes = (candidate: Candidate) => [...candidate.declares].some((name) => declared.has(name));
  const take = (candidate: Candidate) => {
    chosen.push(candidate);
    for (const name of candidate.provides) covered.add(name);
    for (const name of candidate.declares) declared.add(name);
  };
  for (const candidate of candidates) {
    if (chosen.includes(candidate) || clashes(candidate)) continue;
    if ([...candidate.provides].some((name) => !covered.has(name))) take(candidate);
  }
  const used = chosen.map((candidate) => candidate.code).join("\n");
  for (const candidate of candidates) {
    if (chosen.includes(candidate) || clashes(candidate)) continue;
    const onlyTypes =
      candidate.declares.size > 0 && [...candidate.declares].every((name) => candidate.typeNames.has(name));
    const needed = [...candidate.typeNames].some((name) =>
      new RegExp(`\\b${escapeRegExp(name)}\\b`).test(used),
    );
    if (onlyTypes && needed) take(candidate);
  }
  return chosen.sort((a, b) => a.index - b.index);
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

// Finds the Python module a model meant in its answer: reasoning (`<think>`) removed, fenced blocks
// (```python, ```py, unlabelled) read, and the block defining the most required names chosen — plus
// blocks that define still-missing names without redefining any. Unfenced answers are accepted from
// the first top-level definition on, up to the first line of prose after it.

/** Result of {@link extractPythonCode}. */
export type ExtractedPythonCode =
  | {
      ok: true;
      code: string;
      language: "python";
      /** Fenced blocks in the answer (any language), after reasoning was removed. */
      blockCount: number;
      /** Blocks (or the unfenced region) that went into `code`. */
      selectedBlocks: number;
      source: "fenced" | "unfenced";
      /** Required names the chosen code does not appear to define (the sandbox has the last word). */
      missingExports: string[];
    }
  | { ok: false; type: "no_code" | "empty_answer"; message: string };

const PYTHON_LABELS = new Set(["", "python", "py", "python3", "py3"]);
/** A line that starts top-level Python code: a definition, an import, a decorator or an assignment. */
const TOP_LEVEL_CODE =
  /^(?:(?:async\s+)?def\s+[A-Za-z_]\w*\s*\(|class\s+[A-Za-z_]\w*\s*[(:]|import\s+[A-Za-z_]|from\s+[.\w]+\s+import\s|@[A-Za-z_]|[A-Za-z_]\w*(?:\s*:\s*[^=]+)?\s*=[^=])/;

interface Block {
  index: number;
  label: string;
  code: string;
  defines: Set<string>;
}

/**
 * Extracts a Python module from a model's answer.
 *
 * Returns `empty_answer` for an empty answer and `no_code` when no block or line is Python code.
 */
export function extractPythonCode(answer: string, exports: string[]): ExtractedPythonCode {
  if (answer.trim() === "") return { ok: false, type: "empty_answer", message: "the answer is empty" };
  const text = removeReasoning(answer.replace(/^\uFEFF/, "").replace(/\r\n?/g, "\n"));
  const { fences, outside } = readFences(text);
  let source: "fenced" | "unfenced" = "fenced";
  let blocks: Block[] = fences
    .map((fence, index) => ({
      index,
      label: fence.label,
      code: fence.code,
      defines: definedNames(fence.code),
    }))
    .filter((block) => PYTHON_LABELS.has(block.label) && hasTopLevelCode(block.code));
  if (blocks.length === 0) {
    source = "unfenced";
    const region = unfencedRegion(outside);
    if (region !== undefined) blocks = [{ index: 0, label: "", code: region, defines: definedNames(region) }];
  }
  if (blocks.length === 0) {
    return {
      ok: false,
      type: "no_code",
      message:
        fences.length > 0
          ? `the answer has no Python code: its ${fences.length} fenced block(s) (${[...new Set(fences.map((fence) => fence.label || "unlabelled"))].join(", ")}) hold no top-level definition`
          : "the answer has no Python code: no fenced block and no line that starts a definition",
    };
  }
  const chosen = choose(blocks, exports);
  const code = `${chosen.map((block) => block.code.replace(/\s+$/, "")).join("\n\n\n")}\n`;
  const defined = new Set(chosen.flatMap((block) => [...block.defines]));
  return {
    ok: true,
    code,
    language: "python",
    blockCount: fences.length,
    selectedBlocks: chosen.length,
    source,
    missingExports: exports.filter((name) => !defined.has(name)),
  };
}

function removeReasoning(text: string): string {
  let result = text.replace(/<(think|thinking|reasoning)>[\s\S]*?<\/\1>/gi, "");
  const closing = [...result.matchAll(/<\/(think|thinking|reasoning)>/gi)].pop();
  if (closing?.index !== undefined) result = result.slice(closing.index + closing[0].length);
  const unclosed = result.search(/<(think|thinking|reasoning)>/i);
  return unclosed === -1 ? result : result.slice(0, unclosed);
}

/** Fenced blocks (an unclosed one runs to the end) and the text outside them. */
function readFences(text: string): { fences: Array<{ label: string; code: string }>; outside: string } {
  const fences: Array<{ label: string; code: string }> = [];
  const outside: string[] = [];
  let open: { marker: string; indent: number; label: string; lines: string[] } | undefined;
  for (const line of text.split("\n")) {
    if (open) {
      const closing = /^\s*(`{3,}|~{3,})\s*$/.exec(line);
      if (closing?.[1] && closing[1][0] === open.marker[0] && closing[1].length >= open.marker.length) {
        fences.push({ label: open.label, code: open.lines.join("\n") });
        open = undefined;
      } else {
        const leading = /^\s*/.exec(line)?.[0].length ?? 0;
        open.lines.push(line.slice(Math.min(open.indent, leading)));
      }
      continue;
    }
    const opening = /^(\s*)(`{3,}|~{3,})\s*\{?\.?([A-Za-z0-9+#-]*)[^`]*$/.exec(line);
    if (opening) {
      open = {
        marker: opening[2] ?? "```",
        indent: (opening[1] ?? "").length,
        label: (opening[3] ?? "").toLowerCase(),
        lines: [],
      };
      continue;
    }
    outside.push(line);
  }
  if (open) fences.push({ label: open.label, code: open.lines.join("\n") });
  return { fences, outside: outside.join("\n") };
}

function hasTopLevelCode(code: string): boolean {
  return code.split("\n").some((line) => TOP_LEVEL_CODE.test(line));
}

/** Names defined at the top level: functions, classes, assignments and imported names. */
function definedNames(code: string): Set<string> {
  const names = new Set<string>();
  for (const match of code.matchAll(/^(?:async\s+)?def\s+([A-Za-z_]\w*)|^class\s+([A-Za-z_]\w*)/gm)) {
    names.add((match[1] ?? match[2]) as string);
  }
  for (const match of code.matchAll(/^([A-Za-z_]\w*)(?:\s*:\s*[^=\n]+)?\s*=(?!=)/gm))
    names.add(match[1] as string);
  for (const match of code.matchAll(/^from\s+\S+\s+import\s+\(?([^)\n]+)\)?/gm)) {
    for (const part of (match[1] ?? "").split(",")) {
      const name = part
        .trim()
        .split(/\s+as\s+/)
        .pop();
      if (name && /^[A-Za-z_]\w*$/.test(name)) names.add(name);
    }
  }
  return names;
}

/** From the first top-level code line to the last line before prose at column 0 that is not code. */
function unfencedRegion(text: string): string | undefined {
  const lines = text.split("\n");
  const start = lines.findIndex((line) => TOP_LEVEL_CODE.test(line));
  if (start === -1) return undefined;
  let end = start;
  for (let index = start + 1; index < lines.length; index++) {
    const line = lines[index] ?? "";
    if (line.trim() === "" || /^\s/.test(line) || /^[#)\]}]/.test(line) || TOP_LEVEL_CODE.test(line)) {
      if (line.trim() !== "") end = index;
      continue;
    }
    if (/^(if|for|while|try|except|finally|else|elif|with|return|raise|assert|print)\b/.test(line)) {
      end = index;
      continue;
    }
    break;
  }
  return lines.slice(start, end + 1).join("\n");
}

/** The block defining the most required names (the later one on a tie), plus blocks adding missing ones. */
function choose(blocks: Block[], required: string[]): Block[] {
  const provided = (block: Block) => required.filter((name) => block.defines.has(name)).length;
  let best = blocks[0] as Block;
  for (const block of blocks) if (provided(block) >= provided(best)) best = block;
  const chosen = [best];
  const defined = new Set(best.defines);
  for (const block of blocks) {
    if (chosen.includes(block)) continue;
    const clashes = [...block.defines].some((name) => defined.has(name));
    const adds = required.some((name) => block.defines.has(name) && !defined.has(name));
    if (!clashes && adds) {
      chosen.push(block);
      for (const name of block.defines) defined.add(name);
    }
  }
  return chosen.sort((a, b) => a.index - b.index);
}

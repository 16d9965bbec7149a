// Reads what a model answered: its JSON (the whole answer, a fenced block, or the outermost braces in
// prose) and, for list questions, the listed names, also from bullet lists and backticked names.

const THINKING = /<think>[\s\S]*?(?:<\/think>|$)/gi;
const FENCED = /```[^\n`]*\n([\s\S]*?)```/g;

/** The answer without `<think>` blocks, trimmed. */
export function answerText(text: string): string {
  return text.replace(THINKING, "").trim();
}

function parse(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

/** The JSON object or array an answer holds, or undefined. */
export function readAnswerJson(answer: string): unknown {
  const text = answerText(answer);
  const whole = parse(text);
  if (typeof whole === "object" && whole !== null) return whole;
  for (const block of text.matchAll(FENCED)) {
    const value = parse(block[1]!.trim());
    if (typeof value === "object" && value !== null) return value;
  }
  for (const [open, close] of [
    ["{", "}"],
    ["[", "]"],
  ] as const) {
    const start = text.indexOf(open);
    const end = text.lastIndexOf(close);
    if (start >= 0 && end > start) {
      const value = parse(text.slice(start, end + 1));
      if (typeof value === "object" && value !== null) return value;
    }
  }
  return undefined;
}

/** True for a JSON object. */
export function isJsonObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function itemText(item: unknown): string | undefined {
  if (typeof item === "string") return item;
  if (isJsonObject(item)) {
    for (const key of ["name", "symbol", "module", "id"])
      if (typeof item[key] === "string") return item[key] as string;
  }
  return undefined;
}

/**
 * The names an answer lists: from JSON (the array under `key`, else the first array value, else a bare
 * array), else every backticked name, else bullet or numbered list lines, else comma-separated text.
 */
export function readListedNames(answer: string, key: string): string[] {
  const json = readAnswerJson(answer);
  let items: unknown[] | undefined;
  if (Array.isArray(json)) items = json;
  else if (isJsonObject(json)) {
    const under = json[key];
    items = Array.isArray(under) ? under : (Object.values(json).find(Array.isArray) as unknown[] | undefined);
  }
  if (items) return items.flatMap((item) => itemText(item) ?? []);

  const text = answerText(answer);
  const ticked = [...text.matchAll(/`([^`\n]+)`/g)].map((m) => m[1]!);
  if (ticked.length > 0) return ticked;
  const bullets = [...text.matchAll(/^\s*(?:[-*+•]|\d+[.)])\s+(.+)$/gm)].map((m) => m[1]!);
  if (bullets.length > 0) return bullets;
  return text.split(/[,\n]/).filter((part) => part.trim() !== "");
}

// Reads the comment a file opens with (its author's own description of it): `//` lines, a `/* … */`
// block, `#` lines or a Python docstring, after a shebang and blank lines. The purpose kind asks which
// of several such descriptions is this file's, with the comment removed from the file shown.

/** A file's header comment, cleaned to one line, and the file's text without it. */
export interface HeaderComment {
  description: string;
  /** The file's text with the comment removed (what the prompt shows). */
  rest: string;
}

/** Fewest words a header comment needs to be a description. */
const MIN_WORDS = 6;
/** Most characters of a description kept (the first sentences). */
const MAX_CHARS = 240;

function clean(lines: string[]): string {
  const text = lines
    .map((line) => line.replace(/^\s*(\/\/+|#+|\/\*+|\*\/|\*+)\s?/, "").replace(/\*+\/\s*$/, ""))
    .filter((line) => !/^\s*@\w+/.test(line))
    .join(" ")
    .replace(/\s+/g, " ")
    .trim();
  if (text.length <= MAX_CHARS) return text;
  const cut = text.slice(0, MAX_CHARS);
  const end = cut.lastIndexOf(". ");
  return end > 60 ? cut.slice(0, end + 1) : `${cut.slice(0, cut.lastIndexOf(" "))} …`;
}

/** The header comment of a file's text, or undefined when it has none of at least six words. */
export function readHeaderComment(text: string): HeaderComment | undefined {
  const lines = text.split("\n");
  let start = 0;
  if (lines[0]?.startsWith("#!")) start = 1;
  while (start < lines.length && lines[start]?.trim() === "") start++;
  const first = lines[start]?.trim() ?? "";
  let end = start;
  if (
    first.startsWith("//") ||
    (first.startsWith("#") && !first.startsWith("#include") && !first.startsWith("#["))
  ) {
    const marker = first.startsWith("//") ? "//" : "#";
    while (end < lines.length && lines[end]?.trim().startsWith(marker)) end++;
  } else if (first.startsWith("/*")) {
    while (end < lines.length && !lines[end]?.includes("*/")) end++;
    end++;
  } else if (first.startsWith('"""') || first.startsWith("'''")) {
    const quote = first.slice(0, 3);
    if (first.length > 3 && first.slice(3).includes(quote)) end = start + 1;
    else {
      end = start + 1;
      while (end < lines.length && !lines[end]?.includes(quote)) end++;
      end++;
    }
  } else return undefined;
  if (end > lines.length) return undefined;
  const raw = lines.slice(start, end);
  if (raw[0]?.trim().startsWith('"""') || raw[0]?.trim().startsWith("'''"))
    raw.splice(0, raw.length, ...raw.map((l) => l.replace(/"""|'''/g, "")));
  const description = clean(raw);
  if (description.split(" ").filter((w) => /[A-Za-z]/.test(w)).length < MIN_WORDS) return undefined;
  return {
    description,
    rest: [...lines.slice(0, start), ...lines.slice(end)].join("\n").replace(/^\n+/, ""),
  };
}

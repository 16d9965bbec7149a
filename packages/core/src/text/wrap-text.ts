// Wraps prose to the terminal's width at spaces, with a hanging indent, so long reasons are shown whole.

/**
 * Wraps `text` into lines of at most `width` characters: the first starts with `first`, the others
 * with as many spaces. A word longer than a line (a path, a URL) is cut to fit.
 */
export function wrapText(text: string, width: number, first = ""): string[] {
  const indent = " ".repeat(first.length);
  const room = Math.max(20, width - first.length);
  const lines: string[] = [];
  let line = "";
  const flush = () => {
    lines.push(`${lines.length === 0 ? first : indent}${line}`);
    line = "";
  };
  for (let word of text.split(/\s+/).filter(Boolean)) {
    while (word.length > room) {
      if (line) flush();
      line = word.slice(0, room);
      word = word.slice(room);
      flush();
    }
    if (line && line.length + 1 + word.length > room) flush();
    line = line ? `${line} ${word}` : word;
  }
  if (line || lines.length === 0) flush();
  return lines;
}

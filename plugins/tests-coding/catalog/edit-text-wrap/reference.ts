// Wraps text to a maximum line width for terminal output.
export function wrap(text: string, width: number): string[] {
  if (!Number.isInteger(width) || width < 1)
    throw new RangeError(`width must be a positive integer, got ${width}`);
  const lines: string[] = [];
  for (const paragraph of text.split("\n")) {
    let line = "";
    for (const word of paragraph.split(/\s+/).filter(Boolean)) {
      let rest = word;
      while (rest.length > width) {
        if (line !== "") {
          lines.push(line);
          line = "";
        }
        lines.push(rest.slice(0, width));
        rest = rest.slice(width);
      }
      if (rest === "") continue;
      if (line === "") line = rest;
      else if (line.length + 1 + rest.length <= width) line += ` ${rest}`;
      else {
        lines.push(line);
        line = rest;
      }
    }
    lines.push(line);
  }
  return lines;
}

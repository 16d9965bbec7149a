export interface TocEntry {
  level: number;
  text: string;
  slug: string;
}

const HEADING = /^ {0,3}(#{1,6})[ \t]*(.+)$/;
const FENCE_OPEN = /^ {0,3}(`{3,}|~{3,})/;

function toText(content: string): string {
  return content
    .replace(/[ \t]+#+[ \t]*$/, "")
    .replace(/\[([^\]]*)\]\([^)]*\)/g, "$1")
    .replace(/[`*]/g, "")
    .trim();
}

function toSlug(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^\p{L}\p{N} _-]/gu, "")
    .replace(/ /g, "-");
}

export function buildToc(markdown: string, maxDepth = 3): TocEntry[] {
  const entries: TocEntry[] = [];
  const given = new Set<string>();
  let fence: { char: string; length: number } | undefined;
  for (const line of markdown.split("\n")) {
    if (fence) {
      const close = new RegExp(`^ {0,3}${fence.char === "`" ? "`" : "~"}{${fence.length},}[ ]*$`);
      if (close.test(line)) fence = undefined;
      continue;
    }
    const open = FENCE_OPEN.exec(line);
    if (open) {
      fence = { char: (open[1] as string)[0] as string, length: (open[1] as string).length };
      continue;
    }
    const heading = HEADING.exec(line);
    if (!heading) continue;
    const text = toText(heading[2] as string);
    if (text === "") continue;
    const base = toSlug(text);
    let slug = base;
    for (let n = 1; given.has(slug); n++) slug = `${base}-${n}`;
    given.add(slug);
    const level = (heading[1] as string).length;
    if (level <= maxDepth) entries.push({ level, text, slug });
  }
  return entries;
}

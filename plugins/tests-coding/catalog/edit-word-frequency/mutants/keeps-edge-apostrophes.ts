// Counts words for the tag cloud.
export function wordFrequency(
  text: string,
  options: { stopWords?: Iterable<string>; top?: number } = {},
): [string, number][] {
  const stop = new Set([...(options.stopWords ?? [])].map((word) => word.toLowerCase()));
  const counts = new Map<string, number>();
  for (const word of text.toLowerCase().match(/[a-z0-9']+/g) ?? []) {
    const trimmed = word;
    if (trimmed === "" || stop.has(trimmed)) continue;
    counts.set(trimmed, (counts.get(trimmed) ?? 0) + 1);
  }
  const sorted = [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
  return options.top === undefined ? sorted : sorted.slice(0, options.top);
}

function neighbours(word: string, dictionary: Set<string>): string[] {
  const out: string[] = [];
  for (const candidate of dictionary) {
    if (candidate.length !== word.length) continue;
    let differences = 0;
    for (let i = 0; i < word.length && differences < 2; i++) if (candidate[i] !== word[i]) differences += 1;
    if (differences === 1) out.push(candidate);
  }
  return out;
}

export function shortestLadder(start: string, end: string, words: string[]): string[] | null {
  if (start === end) return [start];
  const dictionary = new Set(words.filter((word) => word.length === start.length));
  if (!dictionary.has(end) || !dictionary.has(start)) return null;
  // Distances to `end`, by breadth-first search from `end` over the dictionary and `start`.
  const nodes = new Set([...dictionary, start]);
  const distance = new Map<string, number>([[end, 0]]);
  let frontier = [end];
  while (frontier.length > 0 && !distance.has(start)) {
    const next: string[] = [];
    for (const word of frontier) {
      for (const neighbour of neighbours(word, nodes)) {
        if (distance.has(neighbour)) continue;
        distance.set(neighbour, (distance.get(word) as number) + 1);
        next.push(neighbour);
      }
    }
    frontier = next;
  }
  if (!distance.has(start)) return null;
  // Walk down the distances, taking the smallest word at each step.
  const ladder = [start];
  let current = start;
  while (current !== end) {
    const wanted = (distance.get(current) as number) - 1;
    const options = neighbours(current, dictionary).filter((word) => distance.get(word) === wanted);
    current = options.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0))[0] as string;
    ladder.push(current);
  }
  return ladder;
}

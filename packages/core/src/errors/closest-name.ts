// The valid name closest to one a user typed (a typo, a missing tag), for "Did you mean …?".

/** Edit distance (insertions, deletions, substitutions) between two strings, case-insensitive. */
function editDistance(a: string, b: string): number {
  const x = a.toLowerCase();
  const y = b.toLowerCase();
  let previous = Array.from({ length: y.length + 1 }, (_, j) => j);
  for (let i = 1; i <= x.length; i++) {
    const current = [i];
    for (let j = 1; j <= y.length; j++) {
      const cost = x[i - 1] === y[j - 1] ? 0 : 1;
      current[j] = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
    }
    previous = current;
  }
  return previous[y.length]!;
}

/**
 * The valid name nearest to `name`: one that starts with it (a name without its tag), else the one
 * fewest edits away when that is at most a third of the name's length (and at least 2). Undefined
 * when none is near.
 */
export function closestName(name: string, valid: readonly string[]): string | undefined {
  const prefixed = valid.filter((candidate) => candidate.toLowerCase().startsWith(name.toLowerCase()));
  if (prefixed.length > 0 && name.length > 0) return [...prefixed].sort((a, b) => a.length - b.length)[0];
  let best: string | undefined;
  let bestDistance = Math.max(2, Math.floor(name.length / 3)) + 1;
  for (const candidate of valid) {
    // Compare with the tag when the user typed one, else without it.
    const typedTag = name.includes(":");
    const compared = typedTag ? candidate : candidate.replace(/:latest$/, "");
    const distance = editDistance(name, compared);
    if (distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
    }
  }
  return best;
}

// Groups users into circles of friends (friendship goes both ways).
export function components(users: readonly string[], friendships: readonly [string, string][]): string[][] {
  const adjacency = new Map<string, string[]>();
  for (const [a, b] of friendships) {
    adjacency.set(a, [...(adjacency.get(a) ?? []), b]);
  }
  const seen = new Set<string>();
  const groups: string[][] = [];
  for (const start of adjacency.keys()) {
    if (seen.has(start)) continue;
    const group: string[] = [];
    const stack = [start];
    while (stack.length > 0) {
      const user = stack.pop()!;
      if (seen.has(user)) continue;
      seen.add(user);
      group.push(user);
      stack.push(...(adjacency.get(user) ?? []));
    }
    groups.push(group);
  }
  return groups;
}

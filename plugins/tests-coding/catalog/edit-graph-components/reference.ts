// Groups users into circles of friends (friendship goes both ways).
function byName(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

export function components(users: readonly string[], friendships: readonly [string, string][]): string[][] {
  const adjacency = new Map<string, string[]>();
  for (const user of users) adjacency.set(user, []);
  for (const [a, b] of friendships) {
    for (const user of [a, b]) {
      if (!adjacency.has(user)) throw new Error(`friendship names unknown user ${user}`);
    }
    adjacency.get(a)!.push(b);
    adjacency.get(b)!.push(a);
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
      stack.push(...adjacency.get(user)!);
    }
    groups.push(group.sort(byName));
  }
  return groups.sort((a, b) => b.length - a.length || byName(a[0]!, b[0]!));
}

export function areConnected(
  users: readonly string[],
  friendships: readonly [string, string][],
  a: string,
  b: string,
): boolean {
  return components(users, friendships).some((group) => group.includes(a) && group.includes(b));
}

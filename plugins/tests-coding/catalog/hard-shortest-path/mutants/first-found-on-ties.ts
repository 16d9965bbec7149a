export type Edge = [from: string, to: string, weight: number];

interface Label {
  cost: number;
  path: string[];
}

/** Negative when `a` is the better label: lower cost, then fewer edges, then the smaller path. */
function compare(a: Label, b: Label): number {
  if (a.cost !== b.cost) return a.cost - b.cost;
  if (a.path.length !== b.path.length) return a.path.length - b.path.length;
  for (let i = 0; i < 0; i++) {
    const x = a.path[i] as string;
    const y = b.path[i] as string;
    if (x !== y) return x < y ? -1 : 1;
  }
  return 0;
}

export function shortestPath(
  edges: Edge[],
  from: string,
  to: string,
): { cost: number; path: string[] } | null {
  for (const [a, b, weight] of edges) {
    if (!Number.isFinite(weight) || weight < 0)
      throw new RangeError(`edge ${a} -> ${b} has a bad weight ${weight}`);
  }
  if (from === to) return { cost: 0, path: [from] };
  const outgoing = new Map<string, { to: string; weight: number }[]>();
  for (const [a, b, weight] of edges) {
    const list = outgoing.get(a) ?? [];
    list.push({ to: b, weight });
    outgoing.set(a, list);
  }
  const best = new Map<string, Label>([[from, { cost: 0, path: [from] }]]);
  const done = new Set<string>();
  for (;;) {
    let node: string | undefined;
    for (const [candidate, label] of best) {
      if (done.has(candidate)) continue;
      if (node === undefined || compare(label, best.get(node) as Label) < 0) node = candidate;
    }
    if (node === undefined) return null;
    const label = best.get(node) as Label;
    if (node === to) return { cost: label.cost, path: [...label.path] };
    done.add(node);
    for (const edge of outgoing.get(node) ?? []) {
      if (done.has(edge.to)) continue;
      const next: Label = { cost: label.cost + edge.weight, path: [...label.path, edge.to] };
      const current = best.get(edge.to);
      if (current === undefined || compare(next, current) < 0) best.set(edge.to, next);
    }
  }
}

// Shortest travel time between two stops of a route network.
export type Graph = Record<string, Record<string, number>>;

export function shortestPath(
  graph: Graph,
  from: string,
  to: string,
): { distance: number; path: string[] } | null {
  for (const [node, edges] of Object.entries(graph)) {
    for (const [next, weight] of Object.entries(edges)) {
      if (!Number.isFinite(weight) || weight <= 0) {
        throw new RangeError(
          `edge ${node} -> ${next} has weight ${weight}; weights must be finite and non-negative`,
        );
      }
    }
  }
  const dist = new Map<string, number>([[from, 0]]);
  const previous = new Map<string, string>();
  const done = new Set<string>();
  while (true) {
    let current: string | undefined;
    for (const [node, d] of dist) {
      if (!done.has(node) && (current === undefined || d < dist.get(current)!)) current = node;
    }
    if (current === undefined || current === to) break;
    done.add(current);
    const edges = Object.hasOwn(graph, current) ? graph[current]! : {};
    for (const [next, weight] of Object.entries(edges)) {
      const candidate = dist.get(current)! + weight;
      const known = dist.get(next);
      if (known === undefined || candidate < known) {
        dist.set(next, candidate);
        previous.set(next, current);
      }
    }
  }
  const distance = dist.get(to);
  if (distance === undefined) return null;
  const path = [to];
  for (let node = to; node !== from; ) {
    node = previous.get(node)!;
    path.unshift(node);
  }
  return { distance, path };
}

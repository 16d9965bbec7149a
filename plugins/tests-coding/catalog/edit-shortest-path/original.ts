// Shortest travel time between two stops of a route network.
export type Graph = Record<string, Record<string, number>>;

export function shortestPath(graph: Graph, from: string, to: string): number {
  const dist: Record<string, number> = { [from]: 0 };
  const done = new Set<string>();
  while (true) {
    let current: string | undefined;
    for (const node of Object.keys(dist)) {
      if (!done.has(node) && (current === undefined || dist[node]! < dist[current]!)) current = node;
    }
    if (current === undefined || current === to) break;
    done.add(current);
    for (const [next, weight] of Object.entries(graph[current] ?? {})) {
      const candidate = dist[current]! + weight;
      if (dist[next] === undefined || candidate < dist[next]!) dist[next] = candidate;
    }
  }
  return dist[to]!;
}

// Which services a request can reach through service-to-service calls.
export type CallGraph = Record<string, string[]>;

function callsOf(graph: CallGraph, node: string): string[] {
  return Object.hasOwn(graph, node) ? (graph[node] ?? []) : [];
}

export function reachable(graph: CallGraph, start: string): string[] {
  const seen = new Set<string>([start]);
  const found: string[] = [];
  const queue = [start];
  for (let i = 0; i < queue.length; i++) {
    for (const next of callsOf(graph, queue[i]!)) {
      if (seen.has(next)) continue;
      seen.add(next);
      found.push(next);
      queue.push(next);
    }
  }
  if (callsOf(graph, start).length > 0 && queue.some((node) => callsOf(graph, node).includes(start))) {
    found.push(start);
  }
  return found.sort();
}

export function shortestHops(graph: CallGraph, from: string, to: string): number {
  if (from === to) return 0;
  const distance = new Map<string, number>([[from, 0]]);
  const queue = [from];
  for (let i = 0; i < queue.length; i++) {
    const node = queue[i]!;
    for (const next of callsOf(graph, node)) {
      if (next === to) return distance.get(node)! + 1;
      if (distance.has(next)) continue;
      distance.set(next, distance.get(node)! + 1);
      queue.push(next);
    }
  }
  return -1;
}

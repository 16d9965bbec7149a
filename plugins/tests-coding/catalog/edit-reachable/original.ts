// Which services a request can reach through service-to-service calls.
export type CallGraph = Record<string, string[]>;

export function reachable(graph: CallGraph, start: string): string[] {
  const found: string[] = [];
  function visit(node: string): void {
    for (const next of graph[node] ?? []) {
      found.push(next);
      visit(next);
    }
  }
  visit(start);
  return found;
}

// Orders build steps so every step comes after the steps it depends on.
export class CycleError extends Error {}

/** `deps` maps each step to the steps it depends on. */
export function topoSort(deps: Record<string, string[]>): string[] {
  const order: string[] = [];
  const visited = new Set<string>();

  function visit(node: string): void {
    if (visited.has(node)) return;
    visited.add(node);
    for (const dep of deps[node] ?? []) {
      if (dep === node) continue;
      visit(dep);
    }
    order.push(node);
  }

  for (const node of Object.keys(deps)) visit(node);
  return order;
}

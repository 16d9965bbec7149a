// Orders build steps so every step comes after the steps it depends on.
export class CycleError extends Error {
  constructor(readonly cycle: string[]) {
    super(`dependency cycle: ${cycle.join(" -> ")}`);
    this.name = "CycleError";
  }
}

/** `deps` maps each step to the steps it depends on. */
export function topoSort(deps: Record<string, string[]>): string[] {
  const order: string[] = [];
  const done = new Set<string>();
  const path: string[] = [];

  function visit(node: string): void {
    if (done.has(node)) return;
    const at = path.indexOf(node);
    if (at !== -1) throw new CycleError([...path.slice(at), node]);
    path.push(node);
    const own = Object.hasOwn(deps, node) ? (deps[node] ?? []) : [];
    for (const dep of [...own].sort()) if (dep !== node) visit(dep);
    path.pop();
    done.add(node);
    order.push(node);
  }

  for (const node of Object.keys(deps).sort()) visit(node);
  return order;
}

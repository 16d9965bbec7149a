export type Packages = Record<string, string[]>;

const byName = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** Every package with its set of dependencies, implicit packages included. */
function toGraph(packages: Packages): Map<string, Set<string>> {
  const graph = new Map<string, Set<string>>();
  for (const [name, deps] of Object.entries(packages)) {
    graph.set(name, new Set([...(graph.get(name) ?? []), ...deps]));
    for (const dep of deps) if (!graph.has(dep)) graph.set(dep, new Set());
  }
  return graph;
}

export function buildOrder(packages: Packages): string[] {
  const graph = toGraph(packages);
  const placed = new Set<string>();
  const order: string[] = [];
  for (;;) {
    const ready = [...graph.keys()]
      .filter(
        (name) => !placed.has(name) && [...(graph.get(name) as Set<string>)].every((dep) => placed.has(dep)),
      )
      .sort(byName);
    const next = ready[0];
    if (next === undefined) break;
    placed.add(next);
    order.push(next);
  }
  if (order.length < graph.size)
    throw new RangeError(`dependency cycle: ${findCycle(graph, placed).join(" -> ")}`);
  return order;
}

/** One cycle among the packages not placed, as a list of names. */
function findCycle(graph: Map<string, Set<string>>, placed: Set<string>): string[] {
  const state = new Map<string, "open" | "done">();
  const stack: string[] = [];
  const visit = (name: string): string[] | undefined => {
    state.set(name, "open");
    stack.push(name);
    for (const dep of [...(graph.get(name) as Set<string>)].sort(byName)) {
      if (placed.has(dep)) continue;
      if (state.get(dep) === "open") return stack.slice(stack.indexOf(dep));
      if (state.get(dep) === undefined) {
        const found = visit(dep);
        if (found) return found;
      }
    }
    stack.pop();
    state.set(name, "done");
    return undefined;
  };
  for (const name of [...graph.keys()].sort(byName)) {
    if (placed.has(name) || state.has(name)) continue;
    const found = visit(name);
    if (found) return found;
  }
  return [];
}

export function dependentsOf(packages: Packages, name: string): string[] {
  const graph = toGraph(packages);
  const found = new Set<string>();
  const pending = [name];
  while (pending.length > 0) {
    const target = pending.pop() as string;
    for (const [candidate, deps] of graph) {
      if (deps.has(target) && !found.has(candidate)) {
        found.add(candidate);
        pending.push(candidate);
      }
    }
  }
  return [...found].sort(byName);
}

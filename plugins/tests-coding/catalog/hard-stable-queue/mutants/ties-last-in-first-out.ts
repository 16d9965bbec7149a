export interface PriorityQueue {
  push(id: string, priority: number): void;
  pop(): string | undefined;
  peek(): string | undefined;
  update(id: string, priority: number): boolean;
  remove(id: string): boolean;
  has(id: string): boolean;
  size(): number;
}

interface Node {
  id: string;
  priority: number;
  order: number;
}

export function createPriorityQueue(): PriorityQueue {
  const heap: Node[] = [];
  const index = new Map<string, number>();
  let arrivals = 0;

  /** True when `a` comes before `b`. */
  const before = (a: Node, b: Node) =>
    a.priority > b.priority || (a.priority === b.priority && a.order > b.order);
  const place = (i: number, node: Node) => {
    heap[i] = node;
    index.set(node.id, i);
  };
  const up = (i: number) => {
    const node = heap[i] as Node;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (!before(node, heap[parent] as Node)) break;
      place(i, heap[parent] as Node);
      i = parent;
    }
    place(i, node);
  };
  const down = (i: number) => {
    const node = heap[i] as Node;
    for (;;) {
      const left = 2 * i + 1;
      if (left >= heap.length) break;
      const right = left + 1;
      const child = right < heap.length && before(heap[right] as Node, heap[left] as Node) ? right : left;
      if (!before(heap[child] as Node, node)) break;
      place(i, heap[child] as Node);
      i = child;
    }
    place(i, node);
  };
  const removeAt = (i: number) => {
    const last = heap.pop() as Node;
    index.delete((heap[i] ?? last).id);
    if (i < heap.length) {
      place(i, last);
      up(i);
      down(index.get(last.id) as number);
    }
  };
  const assertPriority = (priority: number) => {
    if (!Number.isFinite(priority)) throw new RangeError(`priority must be a finite number, got ${priority}`);
  };

  return {
    push(id, priority) {
      assertPriority(priority);
      if (index.has(id)) throw new RangeError(`"${id}" is already queued`);
      heap.push({ id, priority, order: arrivals++ });
      up(heap.length - 1);
    },
    pop() {
      const first = heap[0];
      if (!first) return undefined;
      removeAt(0);
      return first.id;
    },
    peek: () => heap[0]?.id,
    update(id, priority) {
      assertPriority(priority);
      const i = index.get(id);
      if (i === undefined) return false;
      removeAt(i);
      heap.push({ id, priority, order: arrivals++ });
      up(heap.length - 1);
      return true;
    },
    remove(id) {
      const i = index.get(id);
      if (i === undefined) return false;
      removeAt(i);
      return true;
    },
    has: (id) => index.has(id),
    size: () => heap.length,
  };
}

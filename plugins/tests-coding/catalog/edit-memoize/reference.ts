// Caches the results of expensive pure functions.
interface Node<R> {
  children: Map<unknown, Node<R>>;
  has: boolean;
  value?: R;
}

export function memoize<A extends unknown[], R>(
  fn: (...args: A) => R,
): ((...args: A) => R) & { clear(): void; readonly size: number } {
  let root: Node<R> = { children: new Map(), has: false };
  let size = 0;
  const memoized = (...args: A): R => {
    let node = root;
    for (const arg of [args.length, ...args]) {
      let child = node.children.get(arg);
      if (!child) {
        child = { children: new Map(), has: false };
        node.children.set(arg, child);
      }
      node = child;
    }
    if (node.has) return node.value as R;
    const result = fn(...args);
    node.has = true;
    node.value = result;
    size++;
    return result;
  };
  return Object.defineProperties(memoized, {
    clear: {
      value: (): void => {
        root = { children: new Map(), has: false };
        size = 0;
      },
    },
    size: { get: (): number => size },
  }) as ((...args: A) => R) & { clear(): void; readonly size: number };
}

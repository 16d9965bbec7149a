// Flattens nested arrays of menu entries.
export function flatten(items: readonly unknown[], depth = Number.POSITIVE_INFINITY): unknown[] {
  if (!(depth >= 0) || (!Number.isInteger(depth) && depth !== Number.POSITIVE_INFINITY)) {
    throw new RangeError(`depth must be a non-negative integer or Infinity, got ${depth}`);
  }
  const out: unknown[] = [];
  const walk = (list: readonly unknown[], level: number): void => {
    for (const item of list) {
      if (Array.isArray(item) && level >= 0) walk(item, level - 1);
      else out.push(item);
    }
  };
  walk(items, depth);
  return out;
}

// Flattens nested arrays of menu entries.
export function flatten(items: readonly unknown[], depth = Number.POSITIVE_INFINITY): unknown[] {
  if (!(depth >= 0) || (!Number.isInteger(depth) && depth !== Number.POSITIVE_INFINITY)) {
    throw new RangeError(`depth must be a non-negative integer or Infinity, got ${depth}`);
  }
  const out: unknown[] = [];
  for (const item of items) {
    if (Array.isArray(item) && depth > 0) out.push(...flatten(item, depth - 1));
    else out.push(item);
  }
  return out;
}

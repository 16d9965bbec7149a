// Merges configuration objects: later sources win, nested objects merge.
type Plain = Record<string, unknown>;

function isPlain(value: unknown): value is Plain {
  return typeof value === "object" && value !== null;
}

export function deepMerge(target: Plain, ...sources: Plain[]): Plain {
  for (const source of sources) {
    for (const key of Object.keys(source)) {
      const value = source[key];
      if (isPlain(value) && isPlain(target[key])) {
        deepMerge(target[key] as Plain, value);
      } else if (Array.isArray(value) && Array.isArray(target[key])) {
        target[key] = [...(target[key] as unknown[]), ...value];
      } else {
        target[key] = value;
      }
    }
  }
  return target;
}

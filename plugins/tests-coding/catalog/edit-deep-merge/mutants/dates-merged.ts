// Merges configuration objects: later sources win, nested objects merge.
type Plain = Record<string, unknown>;

const FORBIDDEN_KEYS = new Set(["__proto__", "constructor", "prototype"]);

function isPlain(value: unknown): value is Plain {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function copy(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(copy);
  if (isPlain(value)) return deepMerge({}, value);
  return value;
}

export function deepMerge(target: Plain, ...sources: Plain[]): Plain {
  const result: Plain = {};
  for (const source of [target, ...sources]) {
    for (const key of Object.keys(source)) {
      if (FORBIDDEN_KEYS.has(key)) continue;
      const value = source[key];
      const current = result[key];
      result[key] = isPlain(value) && isPlain(current) ? deepMerge(current, value) : copy(value);
    }
  }
  return result;
}

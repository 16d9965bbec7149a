// Merges configuration objects: later sources win, nested objects merge.
type Plain = Record<string, unknown>;

const FORBIDDEN_KEYS = new Set(["__proto__", "constructor", "prototype"]);

function isPlain(value: unknown): value is Plain {
  if (typeof value !== "object" || value === null || Array.isArray(value)) return false;
  const proto = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
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
      result[key] =
        isPlain(value) && isPlain(current)
          ? deepMerge(current, value)
          : Array.isArray(value) && Array.isArray(current)
            ? [...current, ...value]
            : copy(value);
    }
  }
  return result;
}

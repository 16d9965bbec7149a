// Dotted key paths inside the endpoint's JSON state: `models.default` names `default` inside `models`;
// a dot that is part of a key is written `\.`. Reads, sets and removes keys on plain data.
type Plain = Record<string, unknown>;

function isObject(value: unknown): value is Plain {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** Splits a dotted key path into its keys. */
export function splitKeyPath(path: string): string[] {
  return path.split(/(?<!\\)\./).map((key) => key.replace(/\\\./g, "."));
}

/** The value at a key path, or undefined. */
export function getAtPath(root: unknown, key: string): unknown {
  let value: unknown = root;
  for (const part of splitKeyPath(key)) value = isObject(value) ? value[part] : undefined;
  return value;
}

/**
 * Returns `root` (a copy) with `next` set (null sets an explicit null) (creating missing objects) and `remove` removed (with every
 * parent object the removal leaves empty, which the apply being undone created).
 */
export function withChanges(
  root: Plain,
  next: Readonly<Record<string, string | null>>,
  remove: readonly string[],
): Plain {
  const copy = structuredClone(root);
  for (const [key, value] of Object.entries(next)) {
    const path = splitKeyPath(key);
    let object = copy;
    for (const part of path.slice(0, -1)) {
      if (!isObject(object[part])) object[part] = {};
      object = object[part] as Plain;
    }
    object[path.at(-1) ?? ""] = value;
  }
  for (const key of remove) {
    const path = splitKeyPath(key);
    const parents: Plain[] = [copy];
    for (const part of path.slice(0, -1)) {
      const child = parents.at(-1)?.[part];
      if (!isObject(child)) break;
      parents.push(child);
    }
    if (parents.length !== path.length) continue;
    for (let depth = path.length - 1; depth >= 0; depth--) {
      const object = parents[depth] as Plain;
      delete object[path[depth] ?? ""];
      if (depth === 0 || Object.keys(object).length > 0) break;
    }
  }
  return copy;
}

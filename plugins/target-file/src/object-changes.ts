// What a document should hold after an edit, computed on plain data: editors check their text edits
// against it, so a layout they do not handle falls back instead of damaging the file.
import type { KeyChanges } from "./file-format.js";
import { splitKeyPath } from "./key-path.js";

type Plain = Record<string, unknown>;

function isObject(value: unknown): value is Plain {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/**
 * Returns `root` (a copy) with `changes` made: a set creates missing objects on its path; a removal
 * drops the key and every parent object it leaves empty.
 */
export function withChanges(root: unknown, changes: KeyChanges): Plain {
  const copy: Plain = isObject(root) ? (structuredClone(root) as Plain) : {};
  for (const [key, value] of Object.entries(changes.set)) {
    const path = splitKeyPath(key);
    let object = copy;
    for (const part of path.slice(0, -1)) {
      if (!isObject(object[part])) object[part] = {};
      object = object[part] as Plain;
    }
    object[path.at(-1) ?? ""] = value;
  }
  for (const key of changes.remove) {
    const path = splitKeyPath(key);
    const parents: Plain[] = [copy];
    for (const part of path.slice(0, -1)) {
      const child = parents.at(-1)?.[part];
      if (!isObject(child)) break;
      parents.push(child);
    }
    if (parents.length !== path.length) continue;
    // Remove the key, then every parent it leaves empty (the apply being undone created them).
    for (let depth = path.length - 1; depth >= 0; depth--) {
      const object = parents[depth] as Plain;
      delete object[path[depth] ?? ""];
      if (depth === 0 || Object.keys(object).length > 0) break;
    }
  }
  return copy;
}

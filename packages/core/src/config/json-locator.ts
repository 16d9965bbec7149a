// Finds the line and column of a field path inside JSON (with comments) text, for error messages.
import { findNodeAtLocation, type Node, parseTree } from "jsonc-parser";

/** 1-based line and column of an offset in text. */
export function lineColumnAt(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset && i < text.length; i++) {
    if (text.charCodeAt(i) === 10) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: offset - lineStart + 1 };
}

/**
 * Locates a path (array of keys) in JSON text; walks up to the nearest existing parent when the
 * exact field is absent (a missing required key points at its object).
 */
export function locateJsonPath(
  text: string,
  path: readonly PropertyKey[],
): { line: number; column: number } | undefined {
  const root = parseTree(text);
  if (!root) return undefined;
  const segments = path.map((p) => (typeof p === "number" ? p : String(p)));
  for (let length = segments.length; length >= 0; length--) {
    const node: Node | undefined = findNodeAtLocation(root, segments.slice(0, length));
    if (node) {
      // Point at the key of a property rather than its value when there is one.
      const target = node.parent?.type === "property" ? node.parent : node;
      return lineColumnAt(text, target.offset);
    }
  }
  return undefined;
}

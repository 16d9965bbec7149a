// YAML files: keys are dotted paths. An edit replaces a scalar's own bytes (keeping its quote style and
// any comment after it), adds keys as new lines in the map's indentation, or removes a key's lines, so
// every other byte stays. Each edit is checked by parsing the result; when a layout defeats it, the
// `yaml` package's Document API makes the edit (it keeps comments and order, not every byte).
import { isDeepStrictEqual } from "node:util";
import {
  type Document,
  isAlias,
  isMap,
  isScalar,
  isSeq,
  type Node,
  type Pair,
  parseDocument,
  Scalar,
  stringify,
  type YAMLMap,
} from "yaml";
import type { FileFormat, HeldValues, KeyChanges } from "./file-format.js";
import { FormatProblem } from "./format-problem.js";
import { splitKeyPath } from "./key-path.js";
import { withChanges } from "./object-changes.js";

function parse(text: string): Document {
  const doc = parseDocument(text, { keepSourceTokens: false });
  const first = doc.errors[0];
  if (first) {
    const where = first.linePos ? `line ${first.linePos[0].line}, column ${first.linePos[0].col}` : "";
    throw new FormatProblem(
      `the file is not valid YAML${where ? ` at ${where}` : ""} (${first.code})`,
      "Fix the file (or restore it from version control), then run the command again.",
    );
  }
  if (doc.contents !== null && !isMap(doc.contents))
    throw new FormatProblem(
      "the top level of the file is not a YAML mapping",
      "Point --target at a YAML file whose top level is a mapping (key: value lines).",
    );
  return doc;
}

function describeNode(node: unknown): string {
  if (isMap(node)) return "a mapping";
  if (isSeq(node)) return "a list";
  if (isAlias(node)) return "an alias";
  if (isScalar(node)) return `a ${typeof node.value}`;
  return "a value";
}

function readKeys(text: string, keys: readonly string[]): HeldValues {
  const doc = parse(text);
  const state: HeldValues = {};
  for (const key of keys) {
    const path = splitKeyPath(key);
    const node = doc.getIn(path, true) as unknown;
    if (node === undefined || node === null) {
      // `key:` with no value reads as a null node-less pair: the key is there, holding null.
      if (doc.hasIn(path)) state[key] = null;
      continue;
    }
    if (isScalar(node) && (node.value === null || node.value === undefined)) {
      state[key] = null;
      continue;
    }
    if (!isScalar(node) || typeof node.value !== "string")
      throw new FormatProblem(
        `key "${key}" holds ${describeNode(node)}, not a model name`,
        "Map the profile to a key that holds a model name: --map <profile>=<path.to.key>.",
      );
    state[key] = node.value;
  }
  return state;
}

function lineStartOf(text: string, offset: number): number {
  return text.lastIndexOf("\n", offset - 1) + 1;
}

/** Where the line holding `offset` ends (before its newline), or `offset` itself when it ends a line. */
function endOfLineAt(text: string, end: number): number {
  if (text[end - 1] === "\n") return text[end - 2] === "\r" ? end - 2 : end - 1;
  const newline = text.indexOf("\n", end);
  if (newline === -1) return text.length;
  return text[newline - 1] === "\r" ? newline - 1 : newline;
}

function renderScalar(value: string | null, style?: Scalar.Type | string | null): string {
  if (value === null) return "null";
  if (style === Scalar.QUOTE_DOUBLE) return JSON.stringify(value);
  if (style === Scalar.QUOTE_SINGLE) return `'${value.replace(/'/g, "''")}'`;
  // YAML 1.1 rules quote more (`yes`, `on`, `1:20`), so YAML 1.1 readers such as PyYAML read a string.
  return stringify(value, { lineWidth: 0, version: "1.1" }).trimEnd();
}

function indentStep(text: string): string {
  const widths = [...text.matchAll(/^( +)[^\s#-]/gm)].map((m) => m[1]?.length ?? 0);
  return " ".repeat(widths.length > 0 ? Math.min(...widths) : 2);
}

function pairOf(map: YAMLMap, key: string): Pair | undefined {
  return map.items.find((pair) => isScalar(pair.key) && String(pair.key.value) === key) as Pair | undefined;
}

function rangeOf(node: unknown): [number, number, number] | undefined {
  return (node as Node | null)?.range ?? undefined;
}

function setValue(text: string, path: string[], value: string | null, eol: string): string {
  const doc = parse(text);
  const node = doc.getIn(path, true) as unknown;
  const range = rangeOf(node);
  if (isScalar(node) && range)
    return `${text.slice(0, range[0])}${renderScalar(value, node.type)}${text.slice(range[1])}`;
  let map = isMap(doc.contents) ? doc.contents : undefined;
  let depth = 0;
  for (; depth < path.length - 1; depth++) {
    const child = doc.getIn(path.slice(0, depth + 1), true) as unknown;
    if (child === undefined || child === null) break;
    if (!isMap(child))
      throw new FormatProblem(
        `key "${path.slice(0, depth + 1).join(".")}" holds ${describeNode(child)}, so "${path.join(".")}" cannot be set inside it`,
        "Map the profile to another key: --map <profile>=<path.to.key>.",
      );
    map = child;
  }
  const step = indentStep(text);
  const remaining = path.slice(depth);
  const lines = (indent: string) =>
    remaining.map((key, i) => {
      const head = `${indent}${step.repeat(i)}${renderScalar(key)}:`;
      return i === remaining.length - 1 ? `${head} ${renderScalar(value)}` : head;
    });
  if (!map) {
    if (doc.contents !== null) throw new Error("no mapping to add to");
    const separator = text === "" || text.endsWith("\n") ? "" : eol;
    return `${text}${separator}${lines("").join(eol)}${eol}`;
  }
  const last = map.items.at(-1);
  const lastKey = rangeOf(last?.key);
  if (map.flow || !last || !lastKey) throw new Error("a flow or empty mapping");
  const indent = text.slice(lineStartOf(text, lastKey[0]), lastKey[0]);
  if (indent.trim() !== "") throw new Error("a mapping that does not start its own line");
  const end = endOfLineAt(text, rangeOf(last.value)?.[1] ?? lastKey[1]);
  return `${text.slice(0, end)}${eol}${lines(indent).join(eol)}${text.slice(end)}`;
}

function removeValue(text: string, path: string[]): string {
  const doc = parse(text);
  const parent = path.length > 1 ? (doc.getIn(path.slice(0, -1), true) as unknown) : doc.contents;
  if (!isMap(parent)) return text;
  const pair = pairOf(parent, path.at(-1) ?? "");
  const keyRange = rangeOf(pair?.key);
  if (!pair || !keyRange) return text;
  // The only key of a nested mapping: remove the mapping (the apply being undone created it).
  if (parent.items.length === 1 && path.length > 1) return removeValue(text, path.slice(0, -1));
  const start = lineStartOf(text, keyRange[0]);
  if (text.slice(start, keyRange[0]).trim() !== "") throw new Error("a key that does not start its line");
  const end = endOfLineAt(text, rangeOf(pair.value)?.[1] ?? keyRange[1]);
  const newline = text.indexOf("\n", end);
  return `${text.slice(0, start)}${text.slice(newline === -1 ? text.length : newline + 1)}`;
}

function holds(text: string, expected: unknown): boolean {
  const doc = parseDocument(text);
  return doc.errors.length === 0 && isDeepStrictEqual(doc.toJS() ?? {}, expected);
}

function editKeys(text: string, changes: KeyChanges): string {
  readKeys(text, [...Object.keys(changes.set), ...changes.remove]);
  const eol = text.includes("\r\n") ? "\r\n" : "\n";
  const expected = withChanges(parse(text).toJS() ?? {}, changes);
  try {
    let out = text;
    for (const [key, value] of Object.entries(changes.set))
      out = setValue(out, splitKeyPath(key), value, eol);
    for (const key of changes.remove) out = removeValue(out, splitKeyPath(key));
    if (holds(out, expected)) return out;
  } catch (error) {
    if (error instanceof FormatProblem) throw error;
    // A layout the line edits do not handle: the Document API below.
  }
  const doc = parse(text);
  for (const [key, value] of Object.entries(changes.set)) doc.setIn(splitKeyPath(key), value);
  for (const key of changes.remove) {
    const path = splitKeyPath(key);
    doc.deleteIn(path);
    for (let depth = path.length - 1; depth > 0; depth--) {
      const parent = doc.getIn(path.slice(0, depth), true) as unknown;
      if (!isMap(parent) || parent.items.length > 0) break;
      doc.deleteIn(path.slice(0, depth));
    }
  }
  const out = doc.toString({ lineWidth: 0 });
  if (holds(out, expected)) return out;
  throw new FormatProblem(
    "the keys could not be edited without changing other content",
    "Edit the file by hand, or report the file's layout at https://github.com/benchloop/benchloop/issues.",
  );
}

/** YAML files. */
export const YAML_FORMAT: FileFormat = {
  id: "yaml",
  label: "YAML",
  empty: "",
  read: readKeys,
  edit: editKeys,
};

// JSON (and JSONC) files: keys are dotted paths; an edit replaces a value's own bytes, adds a property
// on its own line in the file's indentation, or removes a property's line, so every other byte stays.
// Each edit is checked by parsing the result; when a layout defeats it, jsonc-parser's edits are used.
import { isDeepStrictEqual } from "node:util";
import {
  applyEdits,
  type FormattingOptions,
  findNodeAtLocation,
  modify,
  type Node,
  type ParseError,
  parse,
  parseTree,
  printParseErrorCode,
} from "jsonc-parser";
import type { FileFormat, HeldValues, KeyChanges } from "./file-format.js";
import { FormatProblem } from "./format-problem.js";
import { splitKeyPath } from "./key-path.js";
import { withChanges } from "./object-changes.js";

interface Layout {
  eol: string;
  unit: string;
}

const PARSE_OPTIONS = { allowTrailingComma: true, disallowComments: false };

function lineAndColumn(text: string, offset: number): string {
  const before = text.slice(0, offset).split("\n");
  return `line ${before.length}, column ${(before.at(-1)?.length ?? 0) + 1}`;
}

function parseRoot(text: string): Node | undefined {
  if (text.trim() === "") return undefined;
  const errors: ParseError[] = [];
  const root = parseTree(text, errors, PARSE_OPTIONS);
  const first = errors[0];
  if (first)
    throw new FormatProblem(
      `the file is not valid JSON at ${lineAndColumn(text, first.offset)} (${printParseErrorCode(first.error)})`,
      "Fix the file (or restore it from version control), then run the command again.",
    );
  if (root?.type !== "object")
    throw new FormatProblem(
      "the top level of the file is not a JSON object",
      "Point --target at a JSON file whose top level is an object.",
    );
  return root;
}

function describeNode(node: Node): string {
  return node.type === "object" ? "an object" : node.type === "array" ? "an array" : `a ${node.type}`;
}

function notAModel(key: string, node: Node): FormatProblem {
  return new FormatProblem(
    `key "${key}" holds ${describeNode(node)}, not a model name`,
    "Map the profile to a key that holds a model name: --map <profile>=<path.to.key>.",
  );
}

function readKeys(text: string, keys: readonly string[]): HeldValues {
  const root = parseRoot(text);
  const state: HeldValues = {};
  if (!root) return state;
  for (const key of keys) {
    const node = findNodeAtLocation(root, splitKeyPath(key));
    if (!node) continue;
    if (node.type === "null") {
      state[key] = null;
      continue;
    }
    if (node.type !== "string") throw notAModel(key, node);
    state[key] = node.value as string;
  }
  return state;
}

function detectLayout(text: string): Layout {
  const eol = text.includes("\r\n") ? "\r\n" : "\n";
  const indents = [...text.matchAll(/^([ \t]+)["}\]]/gm)].map((m) => m[1] ?? "");
  const tab = indents.find((i) => i.startsWith("\t"));
  const spaces = indents.filter((i) => !i.startsWith("\t")).map((i) => i.length);
  const unit = tab ? "\t" : spaces.length > 0 ? " ".repeat(Math.min(...spaces)) : "  ";
  return { eol, unit };
}

function lineStartOf(text: string, offset: number): number {
  return text.lastIndexOf("\n", offset - 1) + 1;
}

function lineEndOf(text: string, offset: number): number {
  const end = text.indexOf("\n", offset);
  if (end === -1) return text.length;
  return text[end - 1] === "\r" ? end - 1 : end;
}

function render(value: unknown, indent: string, layout: Layout): string {
  return JSON.stringify(value, null, layout.unit).replace(/\n/g, layout.eol + indent);
}

/** Rest of a line after a property: optional comma, optional comment. */
const REST_OF_LINE = /^[ \t]*(,?)[ \t]*(\/\/.*|\/\*.*\*\/[ \t]*)?$/;

function insertProperty(text: string, object: Node, key: string, value: unknown, layout: Layout): string {
  const properties = object.children ?? [];
  const objectIndent = /^[ \t]*/.exec(text.slice(lineStartOf(text, object.offset)))?.[0] ?? "";
  const close = object.offset + object.length - 1;
  const last = properties.at(-1);
  if (!last) {
    if (text.slice(object.offset + 1, close).trim() !== "")
      throw new Error("comments inside an empty object");
    const indent = objectIndent + layout.unit;
    const property = `${JSON.stringify(key)}: ${render(value, indent, layout)}`;
    return `${text.slice(0, object.offset + 1)}${layout.eol}${indent}${property}${layout.eol}${objectIndent}${text.slice(close)}`;
  }
  const lastEnd = last.offset + last.length;
  const indent = text.slice(lineStartOf(text, last.offset), last.offset);
  const lineEnd = lineEndOf(text, lastEnd);
  const rest = REST_OF_LINE.exec(text.slice(lastEnd, lineEnd));
  if (indent.trim() !== "" || !rest) {
    // An object on one line: add the property inline, compact.
    const after = /^[ \t]*,/.exec(text.slice(lastEnd)) ? "" : ",";
    return `${text.slice(0, lastEnd)}${after} ${JSON.stringify(key)}: ${JSON.stringify(value)}${text.slice(lastEnd)}`;
  }
  const trailingComma = rest[1] === ",";
  const property = `${layout.eol}${indent}${JSON.stringify(key)}: ${render(value, indent, layout)}${trailingComma ? "," : ""}`;
  const withProperty = `${text.slice(0, lineEnd)}${property}${text.slice(lineEnd)}`;
  return trailingComma ? withProperty : `${withProperty.slice(0, lastEnd)},${withProperty.slice(lastEnd)}`;
}

function setValue(text: string, path: string[], value: string | null, layout: Layout): string {
  const root = parseRoot(text);
  if (!root) throw new Error("no root object");
  const node = findNodeAtLocation(root, path);
  if (node)
    return `${text.slice(0, node.offset)}${JSON.stringify(value)}${text.slice(node.offset + node.length)}`;
  let object = root;
  let depth = 0;
  for (; depth < path.length - 1; depth++) {
    const child = findNodeAtLocation(root, path.slice(0, depth + 1));
    if (!child) break;
    if (child.type !== "object")
      throw new FormatProblem(
        `key "${path.slice(0, depth + 1).join(".")}" holds ${describeNode(child)}, so "${path.join(".")}" cannot be set inside it`,
        "Map the profile to another key: --map <profile>=<path.to.key>.",
      );
    object = child;
  }
  const [first, ...inner] = path.slice(depth);
  const nested = inner.reduceRight<unknown>((acc, key) => ({ [key]: acc }), value);
  return insertProperty(text, object, first ?? "", nested, layout);
}

function removeValue(text: string, path: string[]): string {
  const root = parseRoot(text);
  const node = root ? findNodeAtLocation(root, path) : undefined;
  const property = node?.parent;
  const object = property?.parent;
  if (!node || !property || !object?.children) return text;
  const siblings = object.children;
  // The only key of a nested object: remove the object (the apply being undone created it).
  if (siblings.length === 1 && path.length > 1) return removeValue(text, path.slice(0, -1));
  const index = siblings.indexOf(property);
  const start = lineStartOf(text, property.offset);
  const end = property.offset + property.length;
  const lineEnd = lineEndOf(text, end);
  const rest = REST_OF_LINE.exec(text.slice(end, lineEnd));
  const previous = siblings[index - 1];
  const next = siblings[index + 1];
  const ownLines =
    text.slice(start, property.offset).trim() === "" &&
    rest !== null &&
    (!previous || lineEndOf(text, previous.offset + previous.length) < start) &&
    (!next || next.offset > lineEnd);
  if (!ownLines) return applyEdits(text, modify(text, path, undefined, {}));
  const cut = text.indexOf("\n", lineEnd);
  let out = `${text.slice(0, start)}${text.slice(cut === -1 ? text.length : cut + 1)}`;
  if (!next && previous && rest?.[1] !== ",") {
    // The last property went without a comma: the one before it is now last and loses its comma.
    const previousEnd = previous.offset + previous.length;
    const comma = /^[ \t]*,/.exec(out.slice(previousEnd));
    if (comma)
      out = out.slice(0, previousEnd + comma[0].length - 1) + out.slice(previousEnd + comma[0].length);
  }
  return out;
}

function holds(text: string, expected: unknown): boolean {
  const errors: ParseError[] = [];
  const value = parse(text, errors, PARSE_OPTIONS) as unknown;
  return errors.length === 0 && isDeepStrictEqual(value, expected);
}

function editKeys(text: string, changes: KeyChanges): string {
  readKeys(text, [...Object.keys(changes.set), ...changes.remove]);
  const layout = detectLayout(text);
  const start = text.trim() === "" ? `{}${layout.eol}` : text;
  const expected = withChanges(text.trim() === "" ? {} : parse(text, [], PARSE_OPTIONS), changes);
  let out = start;
  try {
    for (const [key, value] of Object.entries(changes.set))
      out = setValue(out, splitKeyPath(key), value, layout);
    for (const key of changes.remove) out = removeValue(out, splitKeyPath(key));
    if (holds(out, expected)) return out;
  } catch (error) {
    if (error instanceof FormatProblem) throw error;
    // A layout the line edits do not handle: jsonc-parser's edits below.
  }
  const formatting: FormattingOptions = {
    insertSpaces: layout.unit !== "\t",
    tabSize: layout.unit === "\t" ? 1 : layout.unit.length,
    eol: layout.eol,
  };
  out = start;
  for (const [key, value] of Object.entries(changes.set))
    out = applyEdits(out, modify(out, splitKeyPath(key), value, { formattingOptions: formatting }));
  for (const key of changes.remove) {
    const path = splitKeyPath(key);
    out = applyEdits(out, modify(out, path, undefined, {}));
    for (let depth = path.length - 1; depth > 0; depth--) {
      const parent = findNodeAtLocation(parseRoot(out) as Node, path.slice(0, depth));
      if (parent?.type !== "object" || (parent.children?.length ?? 0) > 0) break;
      out = applyEdits(out, modify(out, path.slice(0, depth), undefined, {}));
    }
  }
  if (holds(out, expected)) return out;
  throw new FormatProblem(
    "the keys could not be edited without changing other content",
    "Edit the file by hand, or report the file's layout at https://github.com/benchloop/benchloop/issues.",
  );
}

/** JSON and JSONC files. */
export const JSON_FORMAT: FileFormat = {
  id: "json",
  label: "JSON",
  empty: "{}\n",
  read: readKeys,
  edit: editKeys,
};

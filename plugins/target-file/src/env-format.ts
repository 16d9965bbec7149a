// .env files: keys are variable names. Edits are made line by line: a value is replaced in its own
// quote style keeping `export`, spacing and an inline comment; a new variable is appended; a removed
// one loses its line. Comments, blank lines and order stay as they were.
import type { PolicyState } from "@benchloop/core";
import type { FileFormat, KeyChanges } from "./file-format.js";
import { FormatProblem } from "./format-problem.js";

const NAME = /^[A-Za-z_][A-Za-z0-9_.-]*$/;
const ASSIGNMENT = /^(\s*(?:export\s+)?)([A-Za-z_][A-Za-z0-9_.-]*)(\s*=\s*)/;

/** One variable assignment: where its value sits in the text, and how it was written. */
interface Assignment {
  name: string;
  value: string;
  quote: '"' | "'" | "";
  /** Offsets of the value as written (quotes included). */
  start: number;
  end: number;
  /** Offsets of the whole assignment's lines (newline after it included). */
  lineStart: number;
  lineEnd: number;
}

function unescapeDouble(raw: string): string {
  return raw.replace(/\\([nrt"\\$])/g, (_, c: string) =>
    c === "n" ? "\n" : c === "r" ? "\r" : c === "t" ? "\t" : c,
  );
}

function scan(text: string): Assignment[] {
  const found: Assignment[] = [];
  let offset = 0;
  while (offset < text.length) {
    const newline = text.indexOf("\n", offset);
    const lineEnd = newline === -1 ? text.length : newline + 1;
    const line = text.slice(offset, lineEnd).replace(/\r?\n$/, "");
    const match = ASSIGNMENT.exec(line);
    if (!match) {
      offset = lineEnd;
      continue;
    }
    const start = offset + match[0].length;
    const quote = text[start] === '"' || text[start] === "'" ? (text[start] as '"' | "'") : "";
    if (quote) {
      // A quoted value may span lines; a backslash escapes a double quote.
      let close = start + 1;
      while (close < text.length && text[close] !== quote)
        close += quote === '"' && text[close] === "\\" ? 2 : 1;
      if (close >= text.length)
        throw new FormatProblem(
          `the value of ${match[2]} opens a ${quote} quote that never closes`,
          "Close the quote in the file, then run the command again.",
        );
      const raw = text.slice(start + 1, close);
      const closeLine = text.indexOf("\n", close);
      const end = closeLine === -1 ? text.length : closeLine + 1;
      found.push({
        name: match[2] ?? "",
        value: quote === '"' ? unescapeDouble(raw) : raw,
        quote,
        start,
        end: close + 1,
        lineStart: offset,
        lineEnd: end,
      });
      offset = end;
      continue;
    }
    const rest = line.slice(match[0].length);
    const comment = /\s+#/.exec(rest);
    const value = (comment ? rest.slice(0, comment.index) : rest).trimEnd();
    found.push({
      name: match[2] ?? "",
      value,
      quote: "",
      start,
      end: start + value.length,
      lineStart: offset,
      lineEnd,
    });
    offset = lineEnd;
  }
  return found;
}

function checkName(key: string): void {
  if (!NAME.test(key))
    throw new FormatProblem(
      `"${key}" is not a variable name for a .env file`,
      "Map the profile to a variable: --map <profile>=NAME (letters, digits and _; not starting with a digit).",
    );
}

function render(value: string, quote: Assignment["quote"]): string {
  const escapeDouble = () => `"${value.replace(/[\\"$]/g, "\\$&").replace(/\n/g, "\\n")}"`;
  if (quote === '"') return escapeDouble();
  if (quote === "'" && !value.includes("'")) return `'${value}'`;
  if (quote === "" && /^[A-Za-z0-9_./:@+,-]*$/.test(value)) return value;
  return escapeDouble();
}

function readKeys(text: string, keys: readonly string[]): PolicyState {
  for (const key of keys) checkName(key);
  const state: PolicyState = {};
  // The last assignment of a name wins, as in shells and dotenv loaders.
  for (const assignment of scan(text))
    if (keys.includes(assignment.name)) state[assignment.name] = assignment.value;
  return state;
}

function editKeys(text: string, changes: KeyChanges): string {
  for (const key of [...Object.keys(changes.set), ...changes.remove]) checkName(key);
  const nulls = Object.keys(changes.set).filter((key) => changes.set[key] === null);
  if (nulls.length > 0)
    throw new FormatProblem(
      `a .env file cannot hold a null (asked for ${nulls.join(", ")})`,
      "Set the variable by hand, or remove it.",
    );
  const set = changes.set as PolicyState;
  const eol = text.includes("\r\n") ? "\r\n" : "\n";
  const assignments = scan(text);
  // Edits from the end of the text backwards, so earlier offsets stay valid.
  let out = text;
  for (const assignment of [...assignments].reverse()) {
    if (changes.remove.includes(assignment.name)) {
      out = out.slice(0, assignment.lineStart) + out.slice(assignment.lineEnd);
      continue;
    }
    const value = set[assignment.name];
    if (value === undefined || value === assignment.value) continue;
    out = out.slice(0, assignment.start) + render(value, assignment.quote) + out.slice(assignment.end);
  }
  const present = new Set(assignments.map((a) => a.name));
  const added = Object.entries(set).filter(([name]) => !present.has(name));
  if (added.length > 0) {
    const separator = out === "" || out.endsWith("\n") ? "" : eol;
    out += separator + added.map(([name, value]) => `${name}=${render(value, "")}${eol}`).join("");
  }
  return out;
}

/** .env files. */
export const ENV_FORMAT: FileFormat = {
  id: "env",
  label: ".env",
  empty: "",
  read: readKeys,
  edit: editKeys,
};

// The prompts of each case kind: blind (the task only) and informed (the task, the exact JSON shape
// and the rules the ground truth follows). The file's text appears here and nowhere else.
import { type CaseKind, CHOICE_LETTERS, SUMMARY_BOUNDS } from "./case-data.js";
import type { Language } from "./languages.js";

const EXPORT_RULES: Partial<Record<Language, string>> = {
  typescript:
    "declarations marked `export`, the exported names of `export { … }` lists (the name after `as`) and `export * as name`; write `default` for a default export; in CommonJS files, names assigned to `exports.x` or `module.exports.x` or listed in `module.exports = { … }`",
  python:
    "the names in `__all__` when the module assigns it a literal list; otherwise the module-level functions, classes and assigned names (also inside top-level if/try/with blocks) that do not start with `_`; imported names do not count",
  go: "package-level functions, types, variables and constants whose names start with a capital letter; methods do not count",
  rust: "items declared `pub` at the top level (fn, struct, enum, trait, type, const, static, mod, union); `pub(crate)` and items inside `impl` blocks do not count",
  java: "public classes, interfaces, enums, records and annotations, and public methods (by name; constructors count as their class)",
  csharp: "public classes, interfaces, enums, structs and records",
  ruby: "classes and modules (names as written, like `A::B`) and methods defined with `def` (without `self.`)",
};
EXPORT_RULES.javascript = EXPORT_RULES.typescript;

const IMPORT_RULES: Partial<Record<Language, string>> = {
  typescript:
    'every module specifier of `import … from`, `export … from`, `import x = require()`, `require("…")` and `import("…")`, exactly as written (relative paths included; a `node:` prefix may be left out)',
  python:
    "every `import a.b` (as `a.b`) and `from x import y` (as `x`; relative ones with their dots, like `.utils` or `..`), anywhere in the file",
  go: "every imported package path, as written",
  rust: "the crates named by `use` and `extern crate` (the first path segment; not `crate`, `self` or `super`)",
  java: "every imported name as written (like `java.util.List` or `a.b.*`)",
  kotlin: "every imported name as written",
  scala: "every imported name as written",
  csharp: "every namespace of a `using` directive",
  c: "every `#include` target, without the `<>` or quotes",
  cpp: "every `#include` target, without the `<>` or quotes",
  ruby: "every `require` and `require_relative` target as written",
  php: "every `use` name and `require`/`include` target as written",
  swift: "every imported module",
  lua: "every `require` target",
};
IMPORT_RULES.javascript = IMPORT_RULES.typescript;

/** A code fence longer than any backtick run in the text, so the file cannot close it. */
export function fenceFor(text: string): string {
  const longest = Math.max(2, ...[...text.matchAll(/`+/g)].map((m) => m[0].length));
  return "`".repeat(longest + 1);
}

/** What the model is shown of the file. */
export interface PromptFile {
  path: string;
  language: Language;
  text: string;
  truncated: boolean;
}

function showFile(file: PromptFile): string {
  const fence = fenceFor(file.text);
  const cut = file.truncated ? " (its first lines only; the file goes on)" : "";
  return `Here is the file \`${file.path}\` (${file.language}) from one of my old projects${cut}:\n\n${fence}${file.language}\n${file.text.replace(/\n$/, "")}\n${fence}\n\n`;
}

/** True when the kind has rules for the language (the builder makes no case otherwise). */
export function hasRules(kind: CaseKind, language: Language): boolean {
  if (kind === "purpose" || kind === "predict") return true;
  if (kind === "structure") return EXPORT_RULES[language] !== undefined;
  if (kind === "dependencies") return IMPORT_RULES[language] !== undefined;
  return true;
}

/** The blind and informed prompts of a case. */
export function buildPrompts(kind: CaseKind, file: PromptFile): { blind: string; informed: string } {
  const shown = showFile(file);
  if (kind === "structure") {
    const task = "List the exported (public) symbols of this file.";
    return {
      blind: `${shown}${task}`,
      informed: `${shown}${task}\n\nRules:\n- Exported symbols are ${EXPORT_RULES[file.language]}.\n- Give each name once, exactly as written in the file.\n- Answer with only a JSON object, no prose and no code fence: {"symbols": ["name1", "name2"]}`,
    };
  }
  if (kind === "dependencies") {
    const task = "List the modules this file imports.";
    return {
      blind: `${shown}${task}`,
      informed: `${shown}${task}\n\nRules:\n- List ${IMPORT_RULES[file.language]}.\n- Give each module once.\n- Answer with only a JSON object, no prose and no code fence: {"modules": ["module1", "module2"]}`,
    };
  }
  const b = SUMMARY_BOUNDS;
  const task = "Summarise this file as JSON with the keys summary, entities, risks and action_items.";
  return {
    blind: `${shown}${task}`,
    informed: `${shown}${task}\n\nAnswer with only this JSON object, no prose and no code fence:\n{"summary": "what the file does and how, in ${b.minWords} to ${b.maxWords} words of plain sentences", "entities": ["the file's most important identifiers (functions, classes, types, constants), spelled exactly as in the file"], "risks": ["bugs, fragile spots or security concerns you see"], "action_items": ["concrete changes you would make"]}\n\nRules:\n- Every value is non-empty; each list has 1 to ${b.maxItems} short strings.\n- Name the file's identifiers exactly as they are spelled in it.\n- No other keys.`,
  };
}

/** The prompts of a purpose case: the file without its header comment, then the lettered options. */
export function buildPurposePrompts(
  file: PromptFile,
  choices: readonly string[],
): { blind: string; informed: string } {
  const options = choices.map((choice, i) => `${CHOICE_LETTERS[i]}) ${choice}`).join("\n");
  const letters = CHOICE_LETTERS.slice(0, choices.length).join(", ");
  const task = `Which of these descriptions did its author write for this file? The others were written for other files of the same project.\n\n${options}`;
  return {
    blind: `${showFile(file)}${task}`,
    informed: `${showFile(file)}${task}\n\nAnswer with only the letter (${letters}) of the description, nothing else.`,
  };
}

/** The prompts of a predict case: the file, then the call whose result the model predicts. */
export function buildPredictPrompts(file: PromptFile, call: string): { blind: string; informed: string } {
  const task = `What does \`${call}\` return, using the function exported by this file? Work it out by reading the code.`;
  return {
    blind: `${showFile(file)}${task}`,
    informed: `${showFile(file)}${task}\n\nAnswer with only the returned value written as JSON (a string in double quotes, an array in brackets), nothing else.`,
  };
}

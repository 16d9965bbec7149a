// Helpers that derive a family's mutants and format mutants from its generated reference by exact
// text replacement; a replacement that finds nothing is a generator bug and throws at once.
import type { CodingMutant } from "../coding-test.js";

/** A mutant of `source`: each `[from, to]` replaced once (throws when `from` is not in the text). */
export function mutant(
  name: string,
  source: string,
  ...replacements: [from: string, to: string][]
): CodingMutant {
  let out = source;
  for (const [from, to] of replacements) {
    if (!out.includes(from)) throw new Error(`mutant ${name}: the reference has no ${JSON.stringify(from)}`);
    out = out.replace(from, to);
  }
  return { name, source: out };
}

/** The format mutant that exports the function `name` as the module's default export instead. */
export function defaultExportFormat(source: string, name: string): CodingMutant {
  return mutant("default-export", source, [`export function ${name}(`, `export default function ${name}(`]);
}

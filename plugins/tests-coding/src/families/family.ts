// A task family: a generator that turns a seed into a complete coding test — names, constants, data
// shapes and rules drawn from the seed — so an answer cannot be recalled from training data. Also the
// helpers every generator shares: literals for generated specs, the rubric's layout, and mutants and
// format mutants derived from the generated reference by exact text replacement (a replacement that
// finds nothing is a generator bug and throws at once).
import type { CodingMutant } from "../coding-test.js";
import type { Contract } from "../contracts.js";
import type { Difficulty } from "../difficulty.js";

/** Everything one seed of a family defines; the loader adds id, version and content hash. */
export interface FamilyInstance {
  title: string;
  /** Names the module must export. */
  exports: string[];
  prompts: { blind: string; informed: string };
  /** `describe/it/expect` spec importing from `"./solution"`. */
  spec: string;
  reference: string;
  /** `.d.ts` text of the declared interface. */
  interfaceSource: string;
  rubric: string;
  /** Buggy variants the spec must fail (at least three). */
  mutants: CodingMutant[];
  /** Variants in another form the prompt allows, which must pass as blind answers. */
  formats?: CodingMutant[];
  /** Contracts the spec checks beyond the names (see `contracts.ts`). */
  contracts?: Contract[];
}

/** A family of generated coding tests. */
export interface CodingFamily {
  /** The family's name: its catalog folder is `family-<name>`, its tests `family-<name>.s<seed>`. */
  name: string;
  /** Bumped whenever the generator can produce a different instance for some seed. */
  version: number;
  difficulty: Difficulty;
  tags: string[];
  /** The instance of `seed`; the same seed always gives the same instance. */
  generate(seed: number): FamilyInstance;
}

/** The output line every generated prompt ends with. */
export const OUTPUT_LINE = "Output only the TypeScript code for the module.";

/** Renders a value as a TypeScript literal for a generated spec (JSON, with `undefined` kept). */
export function literal(value: unknown): string {
  return value === undefined ? "undefined" : JSON.stringify(value);
}

/** Capitalises the first letter (`total` → `Total`). */
export function capitalise(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1);
}

/** The rubric text: a `# Rubric: <title>` heading and one line per criterion. */
export function rubric(title: string, criteria: readonly string[]): string {
  return [`# Rubric: ${title}`, "", ...criteria, ""].join("\n");
}

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

// Picks the options of a purpose case: the file's own header comment and the descriptions of sibling
// files that share the most words with the file shown, in a seeded order. A case a word-overlap script
// would answer (the true description shares strictly more words with the file than every distractor)
// is not built, and on a tie the script's first pick is a distractor: the case tests reading, not
// vocabulary.
import { sha256 } from "@benchloop/core";
import { CHOICE_LETTERS } from "./case-data.js";

const STOP_WORDS = new Set(
  "a an and are as at be by for from has in is it its of on or that the this to was were will with which what when where who why how you your return only answer write give each one line file files".split(
    " ",
  ),
);

/** Lowercased words of a text less stop words (with repeats), as a word-overlap script counts them. */
export function overlapWords(text: string): string[] {
  return (text.toLowerCase().match(/[a-z0-9_]+/g) ?? []).filter((w) => !STOP_WORDS.has(w));
}

function overlap(choice: string, context: ReadonlySet<string>): number {
  return overlapWords(choice).filter((w) => context.has(w)).length;
}

/** The options of a case, or undefined when too few siblings exist or a script could answer it. */
export function pickPurposeChoices(options: {
  caseId: string;
  description: string;
  shownText: string;
  siblings: readonly string[];
}): { choices: string[]; answer: (typeof CHOICE_LETTERS)[number] } | undefined {
  const context = new Set(overlapWords(options.shownText));
  const own = options.description;
  const ranked = [...new Set(options.siblings)]
    .filter((d) => d !== own)
    .map((d) => ({ d, score: overlap(d, context) }))
    .sort((a, b) => b.score - a.score || (a.d < b.d ? -1 : a.d > b.d ? 1 : 0))
    .slice(0, CHOICE_LETTERS.length - 1);
  if (ranked.length < 2) return undefined;
  const ownScore = overlap(own, context);
  const best = Math.max(...ranked.map((r) => r.score));
  if (ownScore > best) return undefined;
  // Seeded order: sort by a hash of the case id and the option.
  const choices = [own, ...ranked.map((r) => r.d)].sort((a, b) => {
    const ha = sha256(`${options.caseId}\n${a}`);
    const hb = sha256(`${options.caseId}\n${b}`);
    return ha < hb ? -1 : ha > hb ? 1 : 0;
  });
  const scoreOf = (choice: string) => (choice === own ? ownScore : overlap(choice, context));
  const top = Math.max(...choices.map(scoreOf));
  const firstTop = choices.findIndex((c) => scoreOf(c) === top);
  if (choices[firstTop] === own) {
    const swap = choices.findIndex((c, i) => i > firstTop && scoreOf(c) === top);
    if (swap < 0) return undefined;
    [choices[firstTop], choices[swap]] = [choices[swap] as string, own];
  }
  return { choices, answer: CHOICE_LETTERS[choices.indexOf(own)] as (typeof CHOICE_LETTERS)[number] };
}

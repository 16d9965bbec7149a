// Picks a file's distinctive identifiers by information content against the root's other files
// (TF-IDF): names frequent here and rare elsewhere, not the most frequent words.

/** The summary answer's JSON keys; they never count as identifiers. */
export const SUMMARY_KEYS = ["summary", "entities", "risks", "action_items"] as const;

/** Identifiers shorter than this are too generic to check for. */
const MIN_LENGTH = 4;
// Not inside a longer word or number (`30_000` holds no identifier `_000`); at least one letter.
const IDENTIFIER = /(?<![\w$])[A-Za-z_][A-Za-z0-9_]*/g;

// Keywords of the supported languages and common English and programming words: they say nothing
// about what one file does, whatever their counts.
const STOP_WORDS = new Set(
  (
    "abstract async await boolean break byte case catch char class const continue debugger declare default " +
    "defer delete elif else enum except export extends false final finally float from func function goto " +
    "impl implements import instanceof interface internal lambda match module mutable namespace native " +
    "never none null nullptr number object operator override package pass private protected public raise " +
    "readonly record require return select self short static string struct super switch symbol sync " +
    "synchronized template this throw throws trait true type typedef typeof undefined union unknown unsafe " +
    "unsigned using value void volatile where while with yield bool int64 int32 uint8 usize isize char " +
    "string void print println printf console log error errors args argv kwargs params options config " +
    "data result results item items list dict array index length count size name names path file files " +
    "text line lines input output todo fixme note also then than that this these those there here when " +
    "what which will would should could must have been being into only over under more most some such " +
    "each other same your ours their them they were does done make made used uses using like just very " +
    "first last next prev else must true false returns return given new the and for not are but all any " +
    "can has was its our you get set add see use"
  ).split(" "),
);

/** Counts of a text's candidate identifiers (length ≥ 4, not a stop word, not a summary key). */
export function countIdentifiers(text: string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const match of text.matchAll(IDENTIFIER)) {
    const word = match[0];
    if (word.length < MIN_LENGTH || !/[A-Za-z]/.test(word)) continue;
    const lower = word.toLowerCase();
    if (STOP_WORDS.has(lower) || (SUMMARY_KEYS as readonly string[]).includes(lower)) continue;
    counts.set(word, (counts.get(word) ?? 0) + 1);
  }
  return counts;
}

/** True for identifiers shaped like code: camelCase, PascalCase with more humps, snake_case, digits. */
export function isCodeShaped(word: string): boolean {
  return /[a-z][A-Z]|[A-Z]{2}[a-z]|_|\d/.test(word) || /^[A-Z][a-z]+[A-Z]/.test(word);
}

/**
 * The `count` most distinctive identifiers of a file: score = (1 + ln tf) × ln((N + 2) / (df + 1)),
 * with tf the count in the file, N the other files and df how many of them hold the identifier;
 * code-shaped names weigh 1.5×. Ties go to the higher count, then the name. Sorted by name.
 */
export function pickDistinctiveIdentifiers(
  file: Map<string, number>,
  others: readonly Map<string, number>[],
  count: number,
): string[] {
  const idf = (word: string) => {
    let df = 0;
    for (const other of others) if (other.has(word)) df += 1;
    return Math.log((others.length + 2) / (df + 1));
  };
  const scored = [...file.entries()].map(([word, tf]) => ({
    word,
    tf,
    score: (1 + Math.log(tf)) * idf(word) * (isCodeShaped(word) ? 1.5 : 1),
  }));
  scored.sort((a, b) =>
    a.score !== b.score ? b.score - a.score : a.tf !== b.tf ? b.tf - a.tf : a.word < b.word ? -1 : 1,
  );
  // Answers are matched without regard to case, so `Parser` and `parser` are one identifier.
  const seen = new Set<string>();
  const picked: string[] = [];
  for (const { word, score } of scored) {
    if (picked.length >= count || score <= 0) break;
    if (seen.has(word.toLowerCase())) continue;
    seen.add(word.toLowerCase());
    picked.push(word);
  }
  return picked.sort();
}

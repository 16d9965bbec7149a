// Reads a test's rubric.md into weighted criteria: each `- <criterion> (weight N): description` bullet is
// one criterion; a rubric without such bullets (or no rubric) is judged as one "overall" criterion.

/** One rubric criterion. */
export interface RubricCriterion {
  /** Key the judge answers under (lowercase, `_`-separated, unique). */
  id: string;
  /** Name as the rubric writes it. */
  name: string;
  weight: number;
  description: string;
}

const CRITERION_LINE = /^\s*[-*+]\s+(.+?)\s*\(\s*weight\s*:?\s*(\d+(?:\.\d+)?)\s*\)\s*:?\s*(.*)$/i;

/** The criterion used when a rubric lists none. */
export const OVERALL_CRITERION: RubricCriterion = {
  id: "overall",
  name: "overall",
  weight: 1,
  description:
    "How well the answer does what the task asks: correct, complete, and written as the task requires.",
};

function toId(name: string, taken: Set<string>): string {
  const base =
    name
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, "_")
      .replace(/^_+|_+$/g, "")
      .slice(0, 40) || "criterion";
  let id = base;
  for (let n = 2; taken.has(id); n++) id = `${base}_${n}`;
  taken.add(id);
  return id;
}

/**
 * Parses rubric markdown into criteria, in the order written. Bullets without `(weight N)` are prose and
 * ignored; a weight of 0 keeps the criterion visible but out of the overall score. Returns the single
 * "overall" criterion when nothing matches.
 */
export function parseRubric(markdown: string | undefined): RubricCriterion[] {
  const criteria: RubricCriterion[] = [];
  const taken = new Set<string>();
  for (const line of (markdown ?? "").split(/\r?\n/)) {
    const match = CRITERION_LINE.exec(line);
    if (!match) continue;
    const name = match[1]!.replace(/^\*\*(.+)\*\*$/, "$1").trim();
    criteria.push({
      id: toId(name, taken),
      name,
      weight: Number(match[2]),
      description: match[3]!.trim(),
    });
  }
  if (criteria.length === 0 || criteria.every((c) => c.weight === 0)) return [OVERALL_CRITERION];
  return criteria;
}

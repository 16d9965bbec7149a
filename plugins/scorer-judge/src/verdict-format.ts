// The verdict's shape: the JSON schema sent to the server (Ollama `format`, OpenAI `response_format`)
// so the judge's output is forced into it, and the strict reading of what comes back. Anything that does
// not fit is a parse failure, reported as such, never turned into a low score.
import type { RubricCriterion } from "./rubric.js";

/** The highest score a criterion can get (scores are integers 0..MAX_CRITERION_SCORE). */
export const MAX_CRITERION_SCORE = 10;

/** A JSON schema object. */
export type JsonSchema = Record<string, unknown>;

/** The JSON schema of a verdict for these criteria: reasoning first, then one integer per criterion. */
export function toVerdictJsonSchema(criteria: readonly RubricCriterion[]): JsonSchema {
  const scores: Record<string, JsonSchema> = {};
  for (const c of criteria) {
    scores[c.id] = { type: "integer", minimum: 0, maximum: MAX_CRITERION_SCORE };
  }
  return {
    type: "object",
    properties: {
      reasoning: { type: "string" },
      scores: {
        type: "object",
        properties: scores,
        required: criteria.map((c) => c.id),
        additionalProperties: false,
      },
    },
    required: ["reasoning", "scores"],
    additionalProperties: false,
  };
}

/** A verdict as read from the judge's reply. */
export type ParsedVerdict =
  | {
      ok: true;
      reasoning: string;
      /** Criterion scores normalised to 0..1, in rubric order. */
      criteria: { name: string; weight: number; score: number }[];
      /** The weighted mean of the criteria, 0..1. */
      score: number;
    }
  | { ok: false; error: string };

function excerpt(text: string): string {
  const flat = text.replace(/\s+/g, " ").trim();
  return flat.length > 160 ? `${flat.slice(0, 160)}…` : flat || "(empty)";
}

function parseJson(text: string): { ok: true; value: unknown } | { ok: false } {
  const trimmed = text.trim();
  // Servers that ignore the schema often still answer JSON, sometimes in a fence.
  const fenced = /^```(?:json)?\s*\n([\s\S]*?)\n?```$/.exec(trimmed);
  try {
    return { ok: true, value: JSON.parse(fenced ? fenced[1]! : trimmed) };
  } catch {
    return { ok: false };
  }
}

/**
 * Reads the judge's reply: a JSON object with `reasoning` and an integer 0..10 per criterion (numbers
 * are accepted when in range; extra criteria are ignored). Returns why it could not be read otherwise.
 */
export function parseVerdict(text: string, criteria: readonly RubricCriterion[]): ParsedVerdict {
  const parsed = parseJson(text);
  if (!parsed.ok) return { ok: false, error: `the judge's reply is not JSON: ${excerpt(text)}` };
  const value = parsed.value;
  if (typeof value !== "object" || value === null || Array.isArray(value))
    return { ok: false, error: `the judge's reply is not a JSON object: ${excerpt(text)}` };
  const { reasoning, scores } = value as { reasoning?: unknown; scores?: unknown };
  if (typeof scores !== "object" || scores === null || Array.isArray(scores))
    return { ok: false, error: `the judge's reply has no "scores" object: ${excerpt(text)}` };
  const out: { name: string; weight: number; score: number }[] = [];
  let total = 0;
  let weights = 0;
  const problems: string[] = [];
  for (const c of criteria) {
    const raw = (scores as Record<string, unknown>)[c.id];
    if (typeof raw !== "number" || !Number.isFinite(raw)) {
      problems.push(`"${c.id}" is ${raw === undefined ? "missing" : JSON.stringify(raw)}`);
    } else if (raw < 0 || raw > MAX_CRITERION_SCORE) {
      problems.push(`"${c.id}" is ${raw}, outside 0..${MAX_CRITERION_SCORE}`);
    } else {
      out.push({ name: c.name, weight: c.weight, score: raw / MAX_CRITERION_SCORE });
      total += raw * c.weight;
      weights += c.weight;
    }
  }
  if (problems.length > 0)
    return { ok: false, error: `the judge's scores cannot be used: ${problems.join("; ")}` };
  // Summed on the judge's own 0..10 scale and divided once, so equal scores give exactly score/10.
  const score = weights > 0 ? total / (weights * MAX_CRITERION_SCORE) : 0;
  return {
    ok: true,
    reasoning: typeof reasoning === "string" ? reasoning.trim() : "",
    criteria: out,
    score: Math.min(1, Math.max(0, score)),
  };
}

// The options of a comparison as people write them (`--group-by model,harness`, `--top 20`,
// `--alpha 0.05`), checked with errors that say what to write instead; and its JSON text.
import { argumentInvalid } from "../errors/catalog.js";
import { COMPARE_DIMENSIONS, type CompareDimension } from "./comparison.js";

/** Comparison options as text. */
export interface CompareOptionText {
  groupBy: string;
  top: string;
  alpha: string;
}

/** Parsed comparison options. */
export interface ParsedCompareOptions {
  groupBy: CompareDimension[];
  top: number;
  alpha: number;
}

function parseNumber(flag: string, value: string, check: (n: number) => boolean, hint: string): number {
  const n = Number(value);
  if (!Number.isFinite(n) || !check(n)) throw argumentInvalid(`${flag} ${value}`, "is out of range", hint);
  return n;
}

/**
 * Parses the group-by dimensions (or `none`), the length of the top lists and the significance level.
 * @throws ARGUMENT_INVALID naming the flag, the value and what is valid
 */
export function parseCompareOptions(text: CompareOptionText): ParsedCompareOptions {
  const groupBy =
    text.groupBy.trim() === "none"
      ? []
      : text.groupBy
          .split(",")
          .map((d) => d.trim())
          .filter(Boolean);
  for (const dimension of groupBy)
    if (!(COMPARE_DIMENSIONS as readonly string[]).includes(dimension))
      throw argumentInvalid(
        `--group-by ${text.groupBy}`,
        `"${dimension}" is not a dimension runs can be grouped by`,
        `Use a comma-separated list of ${COMPARE_DIMENSIONS.join(", ")}, or none.`,
      );
  const isCount = (n: number) => Number.isInteger(n) && n >= 0;
  return {
    groupBy: groupBy as CompareDimension[],
    top: parseNumber("--top", text.top, isCount, "Use a whole number, e.g. --top 20."),
    alpha: parseNumber(
      "--alpha",
      text.alpha,
      (n) => n > 0 && n < 1,
      "Use a level between 0 and 1, e.g. --alpha 0.05.",
    ),
  };
}

/** A comparison as JSON text: `NaN` and infinities become null so the JSON stays valid. */
export function comparisonJson(value: unknown): string {
  return JSON.stringify(value, (_key, v) => (typeof v === "number" && !Number.isFinite(v) ? null : v), 2);
}

// Parsers of command-line option values shared by the commands (commander calls them per value).
import { argumentInvalid } from "@benchloop/core";

/** A comma-separated, repeatable option: every non-empty name, trimmed, after the earlier ones. */
export const list = (value: string, previous: string[] = []): string[] => [
  ...previous,
  ...value
    .split(",")
    .map((s) => s.trim())
    .filter(Boolean),
];

/** Parses a whole number of 1 or more for `flag`. @throws ARGUMENT_INVALID naming the flag */
export function positiveInteger(flag: string) {
  return (value: string): number => {
    const n = Number(value);
    if (!Number.isInteger(n) || n < 1)
      throw argumentInvalid(flag, `"${value}" is not a whole number of 1 or more`, `Write e.g. ${flag} 2.`);
    return n;
  };
}

/**
 * Parses the optional count of `--repair [n]` (repair rounds per failed item, 1 to 5).
 * @throws ARGUMENT_INVALID naming the flag
 */
export function repairRounds(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1 || n > 5)
    throw argumentInvalid(
      "--repair",
      `"${value}" is not a number of repair rounds from 1 to 5`,
      "Write --repair for one round, or e.g. --repair 2.",
    );
  return n;
}

/** The help of `--repair [n]`. */
export const REPAIR_HELP =
  "show a failed code answer its failing checks and let the model answer again, n rounds at most (default 1): pass@1 and pass@2";

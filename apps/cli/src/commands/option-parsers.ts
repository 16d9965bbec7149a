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

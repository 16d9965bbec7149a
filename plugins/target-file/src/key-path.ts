// Dotted key paths of JSON and YAML files: `models.default` names `default` inside `models`; a dot that
// is part of a key is written `\.` (`aliases.qwen3\.5` names the key `qwen3.5`).
import { FormatProblem } from "./format-problem.js";

/** Splits a dotted key path into its keys. @throws FormatProblem on an empty segment */
export function splitKeyPath(path: string): string[] {
  const keys: string[] = [];
  let current = "";
  for (let i = 0; i < path.length; i++) {
    const char = path[i];
    if (char === "\\" && path[i + 1] === ".") {
      current += ".";
      i++;
    } else if (char === ".") {
      keys.push(current);
      current = "";
    } else current += char;
  }
  keys.push(current);
  if (keys.some((key) => key === ""))
    throw new FormatProblem(
      `key path "${path}" has an empty part`,
      "Write dotted paths like `models.default`; escape a dot inside a key as `\\.`.",
    );
  return keys;
}

// Turns zod's issues into benchloop validation issues with dotted field paths.
import type { z } from "zod";
import type { ValidationIssue } from "./catalog.js";

/** Formats a zod path as `a.b[0].c`. */
export function formatPath(path: readonly PropertyKey[]): string {
  let out = "";
  for (const key of path) {
    if (typeof key === "number") out += `[${key}]`;
    else out += out === "" ? String(key) : `.${String(key)}`;
  }
  return out;
}

/** Converts a zod error into issues, one per problem, with unknown keys named individually. */
export function toValidationIssues(
  error: z.ZodError,
  prefix: readonly PropertyKey[] = [],
): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  for (const issue of error.issues) {
    const base = [...prefix, ...issue.path];
    if (issue.code === "unrecognized_keys") {
      for (const key of issue.keys) {
        issues.push({
          path: formatPath([...base, key]),
          message: `unknown key "${key}"; remove it or check its spelling`,
        });
      }
      continue;
    }
    issues.push({ path: formatPath(base), message: issue.message });
  }
  return issues;
}

// Resolves the configured roots to real folders and gives each a label: its folder name, with a short
// hash of its path when two roots share a name (so case ids stay unique).
import { realpathSync, statSync } from "node:fs";
import { basename, resolve } from "node:path";
import { configInvalid, sha256, type ValidationIssue } from "@benchloop/core";

/** A root ready to walk. */
export interface ResolvedRoot {
  /** As configured. */
  given: string;
  /** Absolute real path (symlinks resolved). */
  path: string;
  /** Label used in case ids: lowercase folder name, `-<6 hex>` added when two roots share it. */
  label: string;
}

/** Lowercases and replaces what test ids do not allow (anything but a-z 0-9 . _ -) with "-". */
export function toIdSegment(text: string): string {
  return text.toLowerCase().replace(/[^a-z0-9._-]/g, "-");
}

/**
 * Resolves roots against `cwd`; the same folder named twice is walked once.
 * @throws CONFIG_INVALID listing every root that does not exist or is not a folder, at
 * `sources.legacy.roots[i]`
 */
export function resolveRoots(roots: readonly string[], cwd: string): ResolvedRoot[] {
  const issues: ValidationIssue[] = [];
  const found: ResolvedRoot[] = [];
  roots.forEach((given, index) => {
    const absolute = resolve(cwd, given);
    let real: string;
    try {
      real = realpathSync(absolute);
      if (!statSync(real).isDirectory()) {
        issues.push({
          path: `sources.legacy.roots[${index}]`,
          message: `${absolute} is a file, not a folder; give the project folder that holds it`,
        });
        return;
      }
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      issues.push({
        path: `sources.legacy.roots[${index}]`,
        message:
          code === "ENOENT"
            ? `folder ${absolute} does not exist; roots are relative to ${cwd}`
            : `folder ${absolute} cannot be opened (${code ?? (error as Error).message}); check its permissions`,
      });
      return;
    }
    if (found.some((root) => root.path === real)) return;
    const name = toIdSegment(basename(real)) || "root";
    found.push({ given, path: real, label: name });
  });
  if (issues.length > 0) throw configInvalid(issues);
  const counts = new Map<string, number>();
  for (const root of found) counts.set(root.label, (counts.get(root.label) ?? 0) + 1);
  return found.map((root) =>
    (counts.get(root.label) ?? 0) > 1
      ? { ...root, label: `${root.label}-${sha256(root.path).slice(0, 6)}` }
      : root,
  );
}

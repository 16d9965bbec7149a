// The content hash of a test: sha256 over its files, sorted by relative path, so any edit to a prompt,
// spec, reference or mutant shows in item hashes and the order files were read in never does.
import { sha256 } from "@benchloop/core";

/** One file of a test, by its path relative to the test folder (forward slashes). */
export interface TestFile {
  path: string;
  content: string;
}

/** sha256 hex over `path NUL content NUL` of every file, in path order. */
export function hashTestFiles(files: readonly TestFile[]): string {
  const sorted = [...files].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  return sha256(sorted.map((file) => `${file.path}\0${file.content}\0`).join(""));
}

// Tells the product's code from its tests and scripts: a file under a folder named like a test or
// script folder, or named like a test file, is auxiliary.

const TEST_FOLDERS = new Set(["test", "tests", "__tests__", "spec", "specs", "e2e", "testing"]);
const SCRIPT_FOLDERS = new Set(["scripts", "script", "tools", "bin"]);
const TEST_FILE = /(^test_.*\.py$|_test\.\w+$|\.(test|spec)\.\w+$|^conftest\.py$)/;

/** `tests` or `scripts` for an auxiliary file (path relative to the root, `/` separators), else undefined. */
export function auxiliaryKind(path: string): "tests" | "scripts" | undefined {
  const parts = path.split("/");
  const name = parts.at(-1) ?? "";
  const folders = parts.slice(0, -1).map((p) => p.toLowerCase());
  if (TEST_FILE.test(name) || folders.some((f) => TEST_FOLDERS.has(f))) return "tests";
  if (folders.some((f) => SCRIPT_FOLDERS.has(f))) return "scripts";
  return undefined;
}

// Why the walk left an entry out. A skipped folder counts once: its contents are never listed.

/** Every reason an entry is skipped, in the order root summaries print them. */
export const SKIP_REASONS = [
  "vcs",
  "dependencies",
  "virtualenv",
  "build-output",
  "cache",
  "vendored",
  "gitignored",
  "ignored",
  "lockfile",
  "minified",
  "generated",
  "binary",
  "too-large",
  "empty",
  "not-source",
  "special-file",
  "symlink-outside-root",
  "symlink-inside-root",
  "symlink-loop",
  "symlink-broken",
  "unreadable",
  "directory-too-large",
  "auxiliary",
] as const;

/** Why an entry was skipped. */
export type SkipReason = (typeof SKIP_REASONS)[number];

/** What each reason means, for the README and `legacy cases`. */
export const SKIP_REASON_DESCRIPTIONS: Record<SkipReason, string> = {
  auxiliary:
    "tests and scripts (folders test, tests, __tests__, spec, e2e, scripts, script; files *.test.*, *.spec.*, test_*.py, *_test.*): not the product's code, so left out of ability unless `includeAuxiliary` is true",
  vcs: "version control folder (.git, .hg, .svn, .bzr)",
  dependencies: "installed dependencies (node_modules, bower_components, jspm_packages)",
  virtualenv: "Python virtualenv (.venv, venv, or any folder holding pyvenv.cfg)",
  "build-output": "build output (dist, build, out, target, .next, .nuxt, .svelte-kit, coverage)",
  cache: "tool caches (__pycache__, .pytest_cache, .mypy_cache, .ruff_cache, .tox, .turbo, .cache, …)",
  vendored: "vendored code (vendor, third_party, third-party, thirdparty)",
  gitignored: "matched by a .gitignore file of the root or a folder inside it",
  ignored: "matched by the `ignore` patterns of the config",
  lockfile: "lockfile (package-lock.json, pnpm-lock.yaml, yarn.lock, Cargo.lock, go.sum, *.lock, …)",
  minified: "minified (*.min.js, *.min.css, or a head with very long lines)",
  generated: "generated (*.pb.go, *_pb2.py, *.generated.*, or a header comment marking it generated)",
  binary: "binary (a binary extension, or NUL bytes / invalid UTF-8 in the first 8 KB)",
  "too-large": "larger than `maxFileBytes`",
  empty: "empty or whitespace only",
  "not-source": "not a source file of a known language",
  "special-file": "not a regular file (FIFO, socket, device)",
  "symlink-outside-root": "symbolic link whose target is outside the root",
  "symlink-inside-root": "symbolic link to a place inside the root (walked where it really is)",
  "symlink-loop": "symbolic link that loops (to itself or a folder above it)",
  "symlink-broken": "symbolic link whose target does not exist",
  unreadable: "could not be read or listed (permission denied or another I/O error)",
  "directory-too-large": "folder with more entries than the walk lists (100,000)",
};

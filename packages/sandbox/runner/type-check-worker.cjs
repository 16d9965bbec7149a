// @ts-check
// Worker-thread side of @benchloop/sandbox's type check (src/type-check.ts starts it): does an answer's
// module satisfy the test's declared interface (a module `.d.ts` with `export` declarations)? Runs the
// TypeScript compiler on an in-memory program, off the parent's thread, so the parent keeps feeding
// its sandbox processes meanwhile. One long-lived worker: parsed library files and the last program
// are kept and reused by the next check. No code of the answer is executed here.
//
// Messages: in {id, source, language, interfaceSource}; out {id, check} (check: SandboxCheck).
"use strict";

const path = require("node:path");
const { parentPort } = require("node:worker_threads");

/** Name of the recorded type check (equal to TYPE_CHECK_NAME in src/type-check.ts). */
const TYPE_CHECK_NAME = "type check: the answer matches the declared interface";
const ROOT = "/benchloop-type-check";
const MAX_REPORTED_DIAGNOSTICS = 5;
/** The few runtime globals answers use, loosely typed so the check is about the interface. */
const GLOBALS_SOURCE = `
declare var console: { log(...a: any[]): void; error(...a: any[]): void; warn(...a: any[]): void; info(...a: any[]): void; debug(...a: any[]): void };
declare function setTimeout(handler: (...args: any[]) => void, ms?: number, ...args: any[]): any;
declare function clearTimeout(handle: any): void;
declare function setInterval(handler: (...args: any[]) => void, ms?: number, ...args: any[]): any;
declare function clearInterval(handle: any): void;
declare function queueMicrotask(callback: () => void): void;
declare function structuredClone<T>(value: T): T;
declare var process: any;
declare var Buffer: any;
declare function require(id: string): any;
declare var module: any;
declare var exports: any;
`;
const CHECK_SOURCE = `import * as solution from "./solution";
import type * as declared from "./interface";
const conforms: typeof declared = solution;
export { conforms };
`;

/** @type {typeof import("typescript") | undefined} */
let typescript;
/** @type {Map<string, import("typescript").SourceFile>} */
const libraryFiles = new Map();
/** @type {import("typescript").Program | undefined} The last program, reused by the next one. */
let previousProgram;

/**
 * Type-checks the answer against the declared interface. A failed check lists the first few
 * TypeScript errors with file:line:column.
 * @param {string} solutionSource
 * @param {"typescript" | "javascript"} language
 * @param {string} interfaceSource
 * @returns {{ name: string; passed: boolean; error?: string }}
 */
function checkAgainstInterface(solutionSource, language, interfaceSource) {
  typescript ??= /** @type {typeof import("typescript")} */ (require("typescript"));
  const ts = typescript;
  const solutionName = path.posix.join(ROOT, language === "typescript" ? "solution.ts" : "solution.js");
  const files = new Map([
    [solutionName, solutionSource],
    [path.posix.join(ROOT, "interface.d.ts"), interfaceSource],
    [path.posix.join(ROOT, "globals.d.ts"), GLOBALS_SOURCE],
    [path.posix.join(ROOT, "check.ts"), CHECK_SOURCE],
  ]);
  /** @type {import("typescript").CompilerOptions} */
  const options = {
    strict: true,
    noImplicitAny: false,
    noEmit: true,
    allowJs: true,
    checkJs: false,
    target: ts.ScriptTarget.ES2022,
    module: ts.ModuleKind.ESNext,
    moduleResolution: ts.ModuleResolutionKind.Bundler,
    lib: ["lib.es2023.d.ts"],
    types: [],
    skipLibCheck: true,
    esModuleInterop: true,
  };
  const program = ts.createProgram({
    rootNames: [path.posix.join(ROOT, "check.ts"), path.posix.join(ROOT, "globals.d.ts")],
    options,
    host: createHost(ts, options, files),
    ...(previousProgram ? { oldProgram: previousProgram } : {}),
  });
  previousProgram = program;
  const diagnostics = ts
    .getPreEmitDiagnostics(program)
    .filter((diagnostic) => diagnostic.category === ts.DiagnosticCategory.Error);
  if (diagnostics.length === 0) return { name: TYPE_CHECK_NAME, passed: true };
  const described = diagnostics.slice(0, MAX_REPORTED_DIAGNOSTICS).map((diagnostic) => {
    const text = ts.flattenDiagnosticMessageText(diagnostic.messageText, " ");
    if (!diagnostic.file || diagnostic.start === undefined) return text;
    const { line, character } = diagnostic.file.getLineAndCharacterOfPosition(diagnostic.start);
    return `${diagnostic.file.fileName.slice(ROOT.length + 1)}:${line + 1}:${character + 1} ${text}`;
  });
  const more =
    diagnostics.length > MAX_REPORTED_DIAGNOSTICS
      ? ` (and ${diagnostics.length - MAX_REPORTED_DIAGNOSTICS} more)`
      : "";
  return { name: TYPE_CHECK_NAME, passed: false, error: `${described.join("; ")}${more}` };
}

/**
 * A compiler host over the in-memory files, reading only the compiler's own library files from disk.
 * @param {typeof import("typescript")} ts
 * @param {import("typescript").CompilerOptions} options
 * @param {Map<string, string>} files
 * @returns {import("typescript").CompilerHost}
 */
function createHost(ts, options, files) {
  const libraryFolder = path.dirname(ts.getDefaultLibFilePath(options));
  /** @param {string} fileName */
  const inLibrary = (fileName) => fileName.startsWith(libraryFolder);
  /** @param {string} fileName */
  const readLibrary = (fileName) => (inLibrary(fileName) ? ts.sys.readFile(fileName) : undefined);
  return {
    getSourceFile(fileName, languageVersion) {
      const own = files.get(fileName);
      if (own !== undefined) return ts.createSourceFile(fileName, own, languageVersion, true);
      // Library files are parsed (and bound) once and shared by every later program.
      const cached = libraryFiles.get(fileName);
      if (cached) return cached;
      const text = readLibrary(fileName);
      if (text === undefined) return undefined;
      const parsed = ts.createSourceFile(fileName, text, languageVersion, false);
      libraryFiles.set(fileName, parsed);
      return parsed;
    },
    getDefaultLibFileName: (compilerOptions) => ts.getDefaultLibFilePath(compilerOptions),
    getDefaultLibLocation: () => libraryFolder,
    writeFile: () => {},
    getCurrentDirectory: () => ROOT,
    getCanonicalFileName: (fileName) => fileName,
    useCaseSensitiveFileNames: () => true,
    getNewLine: () => "\n",
    fileExists: (fileName) => files.has(fileName) || (inLibrary(fileName) && ts.sys.fileExists(fileName)),
    readFile: (fileName) => files.get(fileName) ?? readLibrary(fileName),
    directoryExists: (directory) => directory === ROOT || directory.startsWith(libraryFolder),
    getDirectories: () => [],
  };
}

if (parentPort) {
  const port = parentPort;
  port.on(
    "message",
    /** @param {{ id: number; source: string; language: "typescript" | "javascript"; interfaceSource: string }} job */
    (job) => {
      /** @type {{ name: string; passed: boolean; error?: string }} */
      let check;
      try {
        check = checkAgainstInterface(job.source, job.language, job.interfaceSource);
      } catch (error) {
        // Whatever the compiler does with odd input, the answer gets a failed check, not a lost one.
        check = {
          name: TYPE_CHECK_NAME,
          passed: false,
          error: `the type checker failed on this answer: ${error instanceof Error ? error.message : String(error)}`,
        };
      }
      port.postMessage({ id: job.id, check });
    },
  );
}

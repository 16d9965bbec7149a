// The optional type check: does the answer's module satisfy the test's declared interface (a module
// `.d.ts` with `export` declarations)? Runs TypeScript on an in-memory program; no code is executed.
import { dirname, join } from "node:path";
import type { SandboxCheck } from "./sandbox-types.js";
import { loadTypeScript } from "./transpile.js";

type TypeScriptApi = typeof import("typescript");
type SourceFile = import("typescript").SourceFile;

/** Name of the recorded type check. */
export const TYPE_CHECK_NAME = "type check: the answer matches the declared interface";

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

const libraryFiles = new Map<string, SourceFile>();
/** The last program, handed to the next one so TypeScript reuses its library files and their binding. */
let previousProgram: import("typescript").Program | undefined;

/**
 * Type-checks the answer against the declared interface and returns the result as a check.
 * A failed check lists the first few TypeScript errors with file:line:column.
 */
export function checkAgainstInterface(
  solutionSource: string,
  language: "typescript" | "javascript",
  interfaceSource: string,
): SandboxCheck {
  const ts = loadTypeScript();
  const solutionName = join(ROOT, language === "typescript" ? "solution.ts" : "solution.js");
  const files = new Map<string, string>([
    [solutionName, solutionSource],
    [join(ROOT, "interface.d.ts"), interfaceSource],
    [join(ROOT, "globals.d.ts"), GLOBALS_SOURCE],
    [join(ROOT, "check.ts"), CHECK_SOURCE],
  ]);
  const options: import("typescript").CompilerOptions = {
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
  const host = createHost(ts, options, files);
  const program = ts.createProgram({
    rootNames: [join(ROOT, "check.ts"), join(ROOT, "globals.d.ts")],
    options,
    host,
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

function createHost(
  ts: TypeScriptApi,
  options: import("typescript").CompilerOptions,
  files: Map<string, string>,
): import("typescript").CompilerHost {
  const libraryFolder = dirname(ts.getDefaultLibFilePath(options));
  const inLibrary = (fileName: string) => fileName.startsWith(libraryFolder);
  const readLibrary = (fileName: string): string | undefined =>
    inLibrary(fileName) ? ts.sys.readFile(fileName) : undefined;
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

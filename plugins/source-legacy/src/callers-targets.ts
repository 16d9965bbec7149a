// Truth of the cross-file (`callers`) cases of a TypeScript/JavaScript root: which named functions call
// a function, and which files hold its call sites (what breaks when its signature changes). The
// TypeScript checker resolves every call over all the root's TS/JS files, served from memory under a
// fixed virtual folder, so nothing outside the root is read and the truth is the same on every machine.
// Only targets a grep cannot answer are kept: their name is also declared elsewhere (another class's
// method, a local function), every call spelling the name resolves, and the grep answer (every
// function calling something of that name) scores well below the pass mark.
import type TypeScript from "typescript";
import { declaredFunctions, enclosingFunctionName, scriptKindOf } from "./function-names.js";
import { matchNames } from "./match-names.js";

type Ts = typeof TypeScript;

/** A TS/JS file of the root. */
export interface RootSource {
  /** Path relative to the root, `/` separators. */
  path: string;
  text: string;
}

/** One function the cross-file cases can ask about, with its truth and a grep's answer. */
export interface CallersTarget {
  /** `name` or `Class.method`. */
  name: string;
  /** The name its calls spell. */
  callName: string;
  definedIn: string;
  /** `file:function` of every named function (or `(top level)`) holding a call of it, sorted. */
  callers: string[];
  /** Files holding a call of it, sorted. */
  files: string[];
  /** What a grep for calls spelling the name answers, at function and at file level. */
  grepCallers: string[];
  grepFiles: string[];
  /** Files whose text spells the name: what the prompt shows. */
  shownFiles: string[];
}

/** Virtual folder the root's files are served from. */
const VIRTUAL = "/__benchloop_root__";
/** Highest F1 a grep answer may reach for a target to be kept (the pass mark is 0.7). */
export const MAX_GREP_F1 = 0.6;

function createProgram(ts: Ts, sources: readonly RootSource[]): TypeScript.Program {
  const texts = new Map(sources.map((s) => [`${VIRTUAL}/${s.path}`, s.text]));
  const folders = new Set<string>();
  for (const name of texts.keys())
    for (let at = name.lastIndexOf("/"); at > 0; at = name.lastIndexOf("/", at - 1))
      folders.add(name.slice(0, at));
  const options: TypeScript.CompilerOptions = {
    allowJs: true,
    checkJs: false,
    noLib: true,
    noEmit: true,
    types: [],
    target: ts.ScriptTarget.ES2022,
    module: ts.ModuleKind.ESNext,
    moduleResolution: ts.ModuleResolutionKind.Bundler,
    jsx: ts.JsxEmit.Preserve,
  };
  const host: TypeScript.CompilerHost = {
    getSourceFile: (name, target) => {
      const text = texts.get(name);
      return text === undefined
        ? undefined
        : ts.createSourceFile(name, text, target, true, scriptKindOf(ts, name));
    },
    getDefaultLibFileName: () => `${VIRTUAL}/__no_lib__.d.ts`,
    writeFile: () => {},
    getCurrentDirectory: () => VIRTUAL,
    getDirectories: () => [],
    fileExists: (name) => texts.has(name),
    readFile: (name) => texts.get(name),
    directoryExists: (name) => folders.has(name.replace(/\/$/, "")),
    realpath: (name) => name,
    getCanonicalFileName: (name) => name,
    useCaseSensitiveFileNames: () => true,
    getNewLine: () => "\n",
  };
  return ts.createProgram({ rootNames: [...texts.keys()], options, host });
}

function relative(file: TypeScript.SourceFile): string {
  return file.fileName.slice(VIRTUAL.length + 1);
}

function calleeName(ts: Ts, call: TypeScript.CallExpression): TypeScript.Identifier | undefined {
  const callee = call.expression;
  if (ts.isIdentifier(callee)) return callee;
  if (ts.isPropertyAccessExpression(callee) && ts.isIdentifier(callee.name)) return callee.name;
  return undefined;
}

function sorted(values: Iterable<string>): string[] {
  return [...new Set(values)].sort();
}

function f1(listed: readonly string[], truth: readonly string[]): number {
  return matchNames(
    listed,
    truth.map((name) => ({ name })),
  ).f1;
}

/**
 * Every function of the root a cross-file case can ask about: at least two callers in at least two
 * files, no unresolved call spelling its name, and a grep answer below {@link MAX_GREP_F1} at function
 * level or at file level. Sorted by file, then name.
 */
export function findCallersTargets(ts: Ts, sources: readonly RootSource[]): CallersTarget[] {
  if (sources.length < 2) return [];
  const program = createProgram(ts, sources);
  const checker = program.getTypeChecker();
  const files = program.getSourceFiles().filter((f) => f.fileName.startsWith(`${VIRTUAL}/`));

  const keyOf = new Map<TypeScript.Node, { key: string; name: string; callName: string; file: string }>();
  const declaredNames = new Map<string, number>();
  for (const file of files) {
    for (const fn of declaredFunctions(ts, file)) {
      keyOf.set(fn.declaration, {
        key: `${relative(file)}:${fn.name}`,
        name: fn.name,
        callName: fn.callName,
        file: relative(file),
      });
      declaredNames.set(fn.callName, (declaredNames.get(fn.callName) ?? 0) + 1);
    }
  }

  const callersOf = new Map<string, Set<string>>();
  const grepOf = new Map<string, Set<string>>();
  const unresolved = new Set<string>();
  for (const file of files) {
    const path = relative(file);
    const visit = (node: TypeScript.Node): void => {
      if (ts.isCallExpression(node) || ts.isNewExpression(node)) {
        const id = ts.isCallExpression(node) ? calleeName(ts, node) : undefined;
        // Only names declared twice or more can be targets, but a plain call may use an import alias:
        // the checker resolves plain calls (cheap) and member calls spelling such a name only.
        if (id && (id === node.expression || (declaredNames.get(id.text) ?? 0) >= 2)) {
          const caller = `${path}:${enclosingFunctionName(ts, node)}`;
          const grep = grepOf.get(id.text) ?? new Set<string>();
          grep.add(caller);
          grepOf.set(id.text, grep);
          let symbol = checker.getSymbolAtLocation(id);
          if (symbol && symbol.flags & ts.SymbolFlags.Alias) symbol = checker.getAliasedSymbol(symbol);
          const declaration = symbol?.valueDeclaration ?? symbol?.declarations?.[0];
          const target = declaration && keyOf.get(declaration);
          if (target) {
            const set = callersOf.get(target.key) ?? new Set<string>();
            set.add(caller);
            callersOf.set(target.key, set);
          } else if (!declaration || declaration.getSourceFile().fileName.startsWith(`${VIRTUAL}/`)) {
            unresolved.add(id.text);
          }
        }
      }
      ts.forEachChild(node, visit);
    };
    visit(file);
  }

  const wordIn = (name: string) => new RegExp(`(?<![\\w$])${name.replace(/\$/g, "\\$")}(?![\\w$])`);
  const targets: CallersTarget[] = [];
  for (const { key, name, callName, file } of [...keyOf.values()].sort((a, b) => (a.key < b.key ? -1 : 1))) {
    const callers = sorted(callersOf.get(key) ?? []);
    const callerFiles = sorted(callers.map((c) => c.slice(0, c.lastIndexOf(":"))));
    if (callers.length < 2 || callerFiles.length < 2) continue;
    if ((declaredNames.get(callName) ?? 0) < 2 || unresolved.has(callName)) continue;
    const grepCallers = sorted(grepOf.get(callName) ?? []);
    const grepFiles = sorted(grepCallers.map((c) => c.slice(0, c.lastIndexOf(":"))));
    if (f1(grepCallers, callers) > MAX_GREP_F1 && f1(grepFiles, callerFiles) > MAX_GREP_F1) continue;
    const pattern = wordIn(callName);
    const shownFiles = sorted(sources.filter((s) => pattern.test(s.text)).map((s) => s.path));
    targets.push({
      name,
      callName,
      definedIn: file,
      callers,
      files: callerFiles,
      grepCallers,
      grepFiles,
      shownFiles,
    });
  }
  return targets;
}

/** True when a grep answer to the question scores above {@link MAX_GREP_F1}. */
export function grepAnswers(target: CallersTarget, question: "callers" | "impact"): boolean {
  return question === "callers"
    ? f1(target.grepCallers, target.callers) > MAX_GREP_F1
    : f1(target.grepFiles, target.files) > MAX_GREP_F1;
}

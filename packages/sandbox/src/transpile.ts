// Turns TypeScript or ESM JavaScript into the CommonJS the sandbox runner evaluates, in the parent
// process (the child stays small), with TypeScript's own `transpileModule` and a bounded cache.
import { createRequire } from "node:module";

type TypeScriptApi = typeof import("typescript");

/** The outcome of transpiling one source text. */
export type TranspileOutcome = { ok: true; code: string } | { ok: false; message: string };

const CACHE_SIZE = 256;
const MAX_REPORTED_DIAGNOSTICS = 3;
const cache = new Map<string, TranspileOutcome>();
let typescript: TypeScriptApi | undefined;

/** Loads the TypeScript compiler on first use (it is large; importing this package must stay cheap). */
export function loadTypeScript(): TypeScriptApi {
  typescript ??= createRequire(import.meta.url)("typescript") as TypeScriptApi;
  return typescript;
}

/**
 * Transpiles one module to CommonJS. Syntax errors come back as `{ ok: false }` with the first few
 * diagnostics and their line:column; nothing is type-checked here.
 */
export function transpileToCommonJs(
  source: string,
  language: "typescript" | "javascript",
  fileName: string,
): TranspileOutcome {
  const key = `${language}\u0000${fileName}\u0000${source}`;
  const cached = cache.get(key);
  if (cached) {
    cache.delete(key);
    cache.set(key, cached);
    return cached;
  }
  const outcome = transpile(source, language, fileName);
  cache.set(key, outcome);
  if (cache.size > CACHE_SIZE) cache.delete(cache.keys().next().value as string);
  return outcome;
}

function transpile(
  source: string,
  language: "typescript" | "javascript",
  fileName: string,
): TranspileOutcome {
  const ts = loadTypeScript();
  const output = ts.transpileModule(source, {
    fileName: `${fileName}.${language === "typescript" ? "ts" : "js"}`,
    reportDiagnostics: true,
    compilerOptions: {
      module: ts.ModuleKind.CommonJS,
      target: ts.ScriptTarget.ES2022,
      esModuleInterop: true,
      allowJs: true,
      isolatedModules: true,
      verbatimModuleSyntax: false,
      sourceMap: false,
      inlineSourceMap: false,
      declaration: false,
    },
  });
  const errors = (output.diagnostics ?? []).filter((d) => d.category === ts.DiagnosticCategory.Error);
  if (errors.length > 0) {
    const described = errors.slice(0, MAX_REPORTED_DIAGNOSTICS).map((diagnostic) => {
      const text = ts.flattenDiagnosticMessageText(diagnostic.messageText, " ");
      if (diagnostic.file && diagnostic.start !== undefined) {
        const { line, character } = diagnostic.file.getLineAndCharacterOfPosition(diagnostic.start);
        return `${line + 1}:${character + 1} ${text}`;
      }
      return text;
    });
    const more =
      errors.length > MAX_REPORTED_DIAGNOSTICS
        ? ` (and ${errors.length - MAX_REPORTED_DIAGNOSTICS} more)`
        : "";
    return { ok: false, message: `${described.join("; ")}${more}` };
  }
  return { ok: true, code: output.outputText };
}

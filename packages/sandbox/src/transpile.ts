// Turns TypeScript or ESM JavaScript into the CommonJS the sandbox runner evaluates, in the parent
// process (the child stays small), with esbuild (a fraction of a millisecond per answer) and a
// bounded cache. The TypeScript compiler is loaded only for the optional type check.
import { createRequire } from "node:module";
import { type TransformFailure, transform } from "esbuild";

type TypeScriptApi = typeof import("typescript");

/** The outcome of transpiling one source text. */
export type TranspileOutcome = { ok: true; code: string } | { ok: false; message: string };

const CACHE_SIZE = 256;
const MAX_REPORTED_ERRORS = 3;
const cache = new Map<string, Promise<TranspileOutcome>>();
let typescript: TypeScriptApi | undefined;

/** Loads the TypeScript compiler on first use (it is large; importing this package must stay cheap). */
export function loadTypeScript(): TypeScriptApi {
  typescript ??= createRequire(import.meta.url)("typescript") as TypeScriptApi;
  return typescript;
}

/**
 * Transpiles one module to CommonJS. Syntax errors come back as `{ ok: false }` with the first few
 * errors and their line:column; nothing is type-checked here.
 */
export function transpileToCommonJs(
  source: string,
  language: "typescript" | "javascript",
  fileName: string,
): Promise<TranspileOutcome> {
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

async function transpile(
  source: string,
  language: "typescript" | "javascript",
  fileName: string,
): Promise<TranspileOutcome> {
  try {
    const output = await transform(source, {
      loader: language === "typescript" ? "ts" : "js",
      format: "cjs",
      target: "node20",
      sourcefile: `${fileName}.${language === "typescript" ? "ts" : "js"}`,
      logLevel: "silent",
    });
    return { ok: true, code: output.code };
  } catch (error) {
    const errors = (error as Partial<TransformFailure>).errors;
    if (!Array.isArray(errors) || errors.length === 0) throw error;
    const described = errors.slice(0, MAX_REPORTED_ERRORS).map((message) => {
      const where = message.location ? `${message.location.line}:${message.location.column + 1} ` : "";
      return `${where}${message.text}`;
    });
    const more =
      errors.length > MAX_REPORTED_ERRORS ? ` (and ${errors.length - MAX_REPORTED_ERRORS} more)` : "";
    return { ok: false, message: `${described.join("; ")}${more}` };
  }
}

// Loads `benchloop.config.{json,ts,mts,js,mjs}`, merges command-line flags over it, and validates the
// result, reporting every issue with its field path and, for JSON files, its line.
import { existsSync } from "node:fs";
import { readFile } from "node:fs/promises";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { createScanner, type ParseError, parse as parseJsonc, printParseErrorCode } from "jsonc-parser";
import { configInvalid, configNotFound, configUnreadable, type ValidationIssue } from "../errors/catalog.js";
import { formatPath } from "../errors/zod-issues.js";
import { importModule } from "../plugin/import-module.js";
import { type Config, ConfigSchema, type WrittenConfig } from "./config-schema.js";
import { lineColumnAt, locateJsonPath } from "./json-locator.js";

/** File names looked up, in order, when no --config is given. */
export const CONFIG_FILE_NAMES = [
  "benchloop.config.json",
  "benchloop.config.ts",
  "benchloop.config.mts",
  "benchloop.config.js",
  "benchloop.config.mjs",
] as const;

/** Options of {@link loadConfig}. */
export interface LoadConfigOptions {
  /** Folder to look in and to resolve relative paths against. */
  cwd: string;
  /** Explicit config file (from --config); must exist. */
  file?: string;
  /** Values from flags; they win over the file. `undefined` values are ignored. */
  overrides?: WrittenConfig;
}

/** A loaded config and where it came from. */
export interface LoadedConfig {
  config: Config;
  /** What the user wrote in the file (before flags and defaults). */
  written: WrittenConfig;
  /** Absolute path of the file, when there was one. */
  file?: string;
}

/** Finds the config file for a folder, or undefined. */
export function findConfigFile(cwd: string): string | undefined {
  for (const name of CONFIG_FILE_NAMES) {
    const candidate = path.join(cwd, name);
    if (existsSync(candidate)) return candidate;
  }
  return undefined;
}

/** Deepest nesting of objects and arrays a config may have; real configs stay under ten. */
const MAX_CONFIG_DEPTH = 64;

/** jsonc-parser's `SyntaxKind` values (a const enum, which cannot be imported under isolated modules). */
const TOKEN = { openBrace: 1, closeBrace: 2, openBracket: 3, closeBracket: 4, eof: 17 } as const;

/** The offset of the first bracket nested deeper than {@link MAX_CONFIG_DEPTH}, scanned without recursion. */
function tooDeepAt(text: string): number | undefined {
  const scanner = createScanner(text, true);
  let depth = 0;
  for (let token = scanner.scan(); token !== TOKEN.eof; token = scanner.scan()) {
    if (token === TOKEN.openBrace || token === TOKEN.openBracket) {
      if (++depth > MAX_CONFIG_DEPTH) return scanner.getTokenOffset();
    } else if (token === TOKEN.closeBrace || token === TOKEN.closeBracket) {
      depth--;
    }
  }
  return undefined;
}

/**
 * The field path where a config value nests deeper than {@link MAX_CONFIG_DEPTH} (or refers to
 * itself), found without recursion; undefined when it does not.
 */
function tooDeepPath(value: unknown): string | undefined {
  const stack: Array<{ value: unknown; path: PropertyKey[] }> = [{ value, path: [] }];
  while (stack.length > 0) {
    const { value: current, path: at } = stack.pop()!;
    if (typeof current !== "object" || current === null) continue;
    if (at.length >= MAX_CONFIG_DEPTH) return formatPath(at.slice(0, MAX_CONFIG_DEPTH));
    for (const [key, inner] of Object.entries(current)) {
      stack.push({ value: inner, path: [...at, Array.isArray(current) ? Number(key) : key] });
    }
  }
  return undefined;
}

async function readJsonConfig(file: string): Promise<{ value: unknown; text: string }> {
  // An editor may save a UTF-8 byte order mark; it is not part of the JSON.
  const text = (await readFile(file, "utf8")).replace(/^\uFEFF/, "");
  const deepAt = tooDeepAt(text);
  if (deepAt !== undefined) {
    throw configUnreadable(
      file,
      `objects and arrays are nested more than ${MAX_CONFIG_DEPTH} levels deep`,
      lineColumnAt(text, deepAt),
    );
  }
  const errors: ParseError[] = [];
  const value = parseJsonc(text, errors, { allowTrailingComma: true });
  const first = errors[0];
  if (first) {
    throw configUnreadable(file, printParseErrorCode(first.error), lineColumnAt(text, first.offset));
  }
  return { value, text };
}

async function importModuleConfig(file: string): Promise<unknown> {
  let url = pathToFileURL(file).href;
  if (/\.m?ts$/.test(file)) {
    // Node 20 cannot import TypeScript: transpile it beside the original so relative imports resolve.
    const { transform } = await import("esbuild");
    const source = await readFile(file, "utf8");
    const out = await transform(source, { loader: "ts", format: "esm", sourcefile: file, target: "node20" });
    url = `data:text/javascript;base64,${Buffer.from(out.code).toString("base64")}`;
  }
  try {
    const mod = (await importModule(url)) as { default?: unknown };
    return mod.default ?? mod;
  } catch (error) {
    throw configUnreadable(file, error instanceof Error ? error.message : String(error));
  }
}

function mergeOverrides(
  base: Record<string, unknown>,
  overrides: Record<string, unknown>,
): Record<string, unknown> {
  const merged: Record<string, unknown> = { ...base };
  for (const [key, value] of Object.entries(overrides)) {
    if (value === undefined) continue;
    const current = merged[key];
    const bothObjects =
      typeof value === "object" &&
      value !== null &&
      !Array.isArray(value) &&
      typeof current === "object" &&
      current !== null &&
      !Array.isArray(current);
    merged[key] = bothObjects
      ? mergeOverrides(current as Record<string, unknown>, value as Record<string, unknown>)
      : value;
  }
  return merged;
}

/**
 * Loads, merges and validates the config.
 * @throws CONFIG_NOT_FOUND when `file` is given and missing; CONFIG_UNREADABLE on a syntax error;
 * CONFIG_INVALID listing every issue with its path (and line for JSON files).
 */
export async function loadConfig(options: LoadConfigOptions): Promise<LoadedConfig> {
  let file: string | undefined;
  if (options.file) {
    file = path.resolve(options.cwd, options.file);
    if (!existsSync(file)) throw configNotFound(file);
  } else {
    file = findConfigFile(options.cwd);
  }

  let written: unknown = {};
  let text: string | undefined;
  if (file) {
    if (file.endsWith(".json")) ({ value: written, text } = await readJsonConfig(file));
    else written = await importModuleConfig(file);
    const deepPath = file && !text ? tooDeepPath(written) : undefined;
    if (file && deepPath !== undefined) {
      throw configUnreadable(
        file,
        `the value at ${deepPath} is nested more than ${MAX_CONFIG_DEPTH} levels deep or refers to itself`,
      );
    }
  }
  if (typeof written !== "object" || written === null || Array.isArray(written)) {
    throw configInvalid([{ path: "", message: "the config must be an object" }], file);
  }

  const merged = mergeOverrides(
    written as Record<string, unknown>,
    (options.overrides ?? {}) as Record<string, unknown>,
  );
  const parsed = ConfigSchema.safeParse(merged);
  if (!parsed.success) {
    const issues: ValidationIssue[] = [];
    for (const issue of parsed.error.issues) {
      const keys =
        issue.code === "unrecognized_keys" ? issue.keys.map((k) => [...issue.path, k]) : [issue.path];
      for (const keyPath of keys) {
        const where = text ? locateJsonPath(text, keyPath) : undefined;
        const message =
          issue.code === "unrecognized_keys"
            ? `unknown key "${String(keyPath.at(-1))}"; remove it or check its spelling`
            : issue.message;
        issues.push({ path: formatPath(keyPath), message, line: where?.line, column: where?.column });
      }
    }
    throw configInvalid(issues, file ? path.relative(options.cwd, file) || file : undefined);
  }
  return { config: parsed.data, written: written as WrittenConfig, file };
}

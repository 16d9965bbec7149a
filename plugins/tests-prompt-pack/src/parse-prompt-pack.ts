// Parses a JSONL prompt pack into tests. Every bad line is reported with file:line, the field path and
// what to do; good lines still become tests, so one call lists every problem of a pack at once.
import { basename, extname } from "node:path";
import { type BenchTest, hashCanonical, type KnownAnswer, toValidationIssues } from "@benchloop/core";
import { toRubricChecks } from "./line-checks.js";
import { toInformedPrompt } from "./output-rules.js";
import { type PackLine, PackLineSchema, type Role } from "./pack-line.js";
import type { RubricCheck } from "./rubric-check.js";

/** The test source id of prompt packs. */
export const PROMPT_PACK_SOURCE_ID = "prompt-pack";

/** One problem of a pack line. */
export interface PackIssue {
  file: string;
  /** 1-based line number in the file. */
  line: number;
  /** 1-based column, for JSON syntax errors. */
  column?: number;
  /** Field path inside the line (`checks[2].pattern`); empty for the line as a whole. */
  path: string;
  /** What is wrong and what to do. */
  message: string;
}

/** What `test.data` holds for a prompt-pack test; the `rubric` scorer reads `checks`. */
export interface PromptPackTestData {
  format: "prompt-pack";
  checks: RubricCheck[];
  role?: Role;
  category?: string;
  /** The line's reference answer (it passes every check), when the line gives one. */
  reference?: string;
  pack: string;
  line: number;
}

/** Options of {@link parsePromptPack}. */
export interface ParsePromptPackOptions {
  /** Pack id put before every line id; defaults to the file name without its extension. */
  packId?: string;
  /** Suite of the tests; defaults to the pack id. */
  suite?: string;
  /**
   * Parses only the lines whose id (as written, before the pack id) this accepts; the others are
   * skipped unchecked. For packs known to be valid (the shipped ones) when a run wants a few tests.
   */
  only?: (lineId: string) => boolean;
}

/** The tests of a pack and every problem found in it. */
export interface ParsedPromptPack {
  packId: string;
  tests: BenchTest[];
  issues: PackIssue[];
}

/** The pack id a file gets by default: its name without extension, lowercased, other characters as `-`. */
export function toPackId(file: string): string {
  const name = basename(file, extname(file))
    .toLowerCase()
    .replace(/[^a-z0-9._-]+/g, "-")
    .replace(/^[^a-z0-9]+/, "");
  return name === "" ? "pack" : name;
}

/** `file:line[:column]: field `path`: message` — how an issue prints. */
export function formatPackIssue(issue: PackIssue): string {
  const where = `${issue.file}:${issue.line}${issue.column ? `:${issue.column}` : ""}`;
  return `${where}: ${issue.path ? `field \`${issue.path}\`: ` : ""}${issue.message}`;
}

function jsonSyntaxIssue(error: unknown): { message: string; column?: number } {
  const raw = error instanceof Error ? error.message : String(error);
  const position = /position (\d+)/.exec(raw);
  // V8 words the position differently across Node versions; the column is reported on its own.
  const reason = raw.replace(/\s*\(line \d+ column \d+\)/, "").replace(/ in JSON at position \d+/, "");
  return {
    message: `not valid JSON (${reason}); write one JSON object per line, or start the line with // to comment it out`,
    column: position ? Number(position[1]) + 1 : undefined,
  };
}

/**
 * The line as written, less its known answers and its repair opt-in, which change neither what is asked
 * nor how the first answer is scored (so opting in keeps the items' hashes and their cached answers).
 */
function withoutReference(raw: unknown): unknown {
  if (typeof raw !== "object" || raw === null) return raw;
  const {
    reference: _reference,
    alternatives: _alternatives,
    bad: _bad,
    repair: _repair,
    ...rest
  } = raw as Record<string, unknown>;
  return rest;
}

/** The line's known answers: the reference and its alternatives must pass, each bad answer must fail. */
function toKnownAnswers(line: PackLine): KnownAnswer[] {
  const bad = line.bad === undefined ? [] : Array.isArray(line.bad) ? line.bad : [line.bad];
  return [
    ...(line.reference === undefined
      ? []
      : [{ expect: "pass" as const, answer: line.reference, label: "reference" }]),
    ...(line.alternatives ?? []).map((answer, i) => ({
      expect: "pass" as const,
      answer,
      label: `alternative ${i + 1}`,
    })),
    ...bad.map((answer, i) => ({ expect: "fail" as const, answer, label: `bad ${i + 1}` })),
  ];
}

function toTest(line: PackLine, raw: unknown, lineNumber: number, packId: string, suite: string): BenchTest {
  const checks = toRubricChecks(line);
  const known = toKnownAnswers(line);
  const blind = line.prompts?.blind ?? line.prompt ?? "";
  const prompts = { blind, informed: line.prompts?.informed ?? toInformedPrompt(blind, checks) };
  const tags = [
    ...(line.category ? [line.category] : []),
    ...(line.role ? [`role:${line.role}`] : []),
    ...(line.tags ?? []),
  ];
  const data: PromptPackTestData = {
    format: "prompt-pack",
    checks,
    role: line.role,
    category: line.category,
    ...(line.reference === undefined ? {} : { reference: line.reference }),
    pack: packId,
    line: lineNumber,
  };
  return {
    id: `${packId}/${line.id}`,
    version: line.version ?? "1",
    source: PROMPT_PACK_SOURCE_ID,
    suite,
    title: line.title,
    contentHash: hashCanonical({ line: withoutReference(raw), prompts, checks }),
    prompts,
    system: line.system,
    scorer: "rubric",
    rubric: line.rubric,
    tags: [...new Set(tags)],
    difficulty: line.difficulty,
    data,
    ...(line.repair ? { repair: true } : {}),
    ...(known.length > 0 ? { knownAnswers: known } : {}),
  };
}

/**
 * Parses the text of a JSONL prompt pack. Blank lines and lines starting with `//` are skipped. Each
 * other line is a Muninn line or a benchloop line (see the README); it becomes the test
 * `<pack-id>/<line id>` unless it has problems, which are all listed in `issues`.
 */
export function parsePromptPack(
  text: string,
  file: string,
  options: ParsePromptPackOptions = {},
): ParsedPromptPack {
  const packId = options.packId ?? toPackId(file);
  const suite = options.suite ?? packId;
  const tests: BenchTest[] = [];
  const issues: PackIssue[] = [];
  const seen = new Map<string, number>();

  text
    .replace(/^\uFEFF/, "")
    .split(/\r?\n/)
    .forEach((content, index) => {
      const lineNumber = index + 1;
      const trimmed = content.trim();
      if (trimmed === "" || trimmed.startsWith("//")) return;
      let raw: unknown;
      try {
        raw = JSON.parse(trimmed);
      } catch (error) {
        issues.push({ file, line: lineNumber, path: "", ...jsonSyntaxIssue(error) });
        return;
      }
      if (typeof raw !== "object" || raw === null || Array.isArray(raw)) {
        issues.push({
          file,
          line: lineNumber,
          path: "",
          message: 'a line must be a JSON object ({ "id": …, "prompt": …, … })',
        });
        return;
      }
      const lineId = (raw as { id?: unknown }).id;
      if (options.only && typeof lineId === "string" && !options.only(lineId)) return;
      // Without zod's compiled fast path: compiling it costs more than a pack's lines take without.
      const parsed = PackLineSchema.safeParse(raw, { jitless: true });
      if (!parsed.success) {
        for (const issue of toValidationIssues(parsed.error))
          issues.push({ file, line: lineNumber, path: issue.path, message: issue.message });
        return;
      }
      const first = seen.get(parsed.data.id);
      if (first !== undefined) {
        issues.push({
          file,
          line: lineNumber,
          path: "id",
          message: `id "${parsed.data.id}" is already used on line ${first}; give each line its own id`,
        });
        return;
      }
      seen.set(parsed.data.id, lineNumber);
      tests.push(toTest(parsed.data, raw, lineNumber, packId, suite));
    });

  return { packId, tests, issues };
}

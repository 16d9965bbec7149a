// Reads a gate policy from JSON or YAML text (a benchloop policy, or a Muninn policy imported on the
// fly) and validates it; every issue names the file, line, field path and what to do.
import { readFileSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { BenchloopError, documentInvalid, toValidationIssues, type ValidationIssue } from "@benchloop/core";
import { type Document, isMap, isScalar, parseDocument } from "yaml";
import type { PolicySource } from "./evaluate-gate.js";
import { importMuninnPolicy, isMuninnPolicy } from "./muninn-policy.js";
import { type Policy, PolicySchema } from "./policy-schema.js";

/** A validated policy with where it came from. */
export interface LoadedPolicy {
  policy: Policy;
  source: PolicySource;
}

/** The shipped default policy (a 16 GB machine), beside `src` and `dist`. */
export const DEFAULT_POLICY_URL = new URL("../assets/default-policy.yaml", import.meta.url);

const POLICY_HINT =
  "docs/gate-policy.md describes every field; run `benchloop gate` without --policy to use the shipped default policy.";

function lineOf(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset && i < text.length; i++) {
    if (text.charCodeAt(i) === 10) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: offset - lineStart + 1 };
}

/** Splits a dotted issue path (`profiles.balanced.thresholds[0].min`) into keys. */
function toSegments(path: string): (string | number)[] {
  const segments: (string | number)[] = [];
  for (const part of path.match(/[^.[\]]+|\[\d+\]/g) ?? []) {
    segments.push(part.startsWith("[") ? Number(part.slice(1, -1)) : part);
  }
  return segments;
}

/** Line and column of a field path: its key when present, else the nearest parent that exists. */
function locate(doc: Document, text: string, path: string): { line: number; column: number } | undefined {
  const segments = toSegments(path);
  for (let length = segments.length; length >= 0; length--) {
    const parentPath = segments.slice(0, Math.max(0, length - 1));
    const key = segments[length - 1];
    const parent = length === 0 ? doc.contents : doc.getIn(parentPath, true);
    if (length > 0 && isMap(parent)) {
      const pair = parent.items.find((p) => (isScalar(p.key) ? p.key.value : p.key) === key);
      const range = pair && isScalar(pair.key) ? pair.key.range : undefined;
      if (range) return lineOf(text, range[0]);
      continue;
    }
    const node = length === 0 ? parent : doc.getIn(segments.slice(0, length), true);
    const range = (node as { range?: [number, number, number] } | null | undefined)?.range;
    if (range) return lineOf(text, range[0]);
  }
  return undefined;
}

function invalid(what: string, issues: ValidationIssue[], file?: string): BenchloopError {
  const error = documentInvalid(what, issues, file);
  return new BenchloopError({
    code: error.code,
    message: error.message,
    hint: POLICY_HINT,
    location: { ...error.location, line: issues[0]?.line, column: issues[0]?.column },
    details: error.details,
  });
}

/**
 * Parses policy text (JSON or YAML; a Muninn policy is detected and imported). `file` is only used in
 * messages and recorded as the source.
 * @throws DOCUMENT_INVALID with every issue, its line and field path
 */
export function parsePolicyText(
  text: string,
  file?: string,
  format: PolicySource["format"] = "benchloop",
): LoadedPolicy {
  const doc = parseDocument(text, { prettyErrors: false });
  if (doc.errors.length > 0) {
    const issues = doc.errors.map((error) => ({
      path: "",
      message: `${error.message.split("\n")[0]}; fix the syntax there`,
      ...lineOf(text, error.pos[0]),
    }));
    throw invalid("Gate policy", issues, file);
  }
  let value: unknown;
  try {
    value = doc.toJS();
  } catch (error) {
    // yaml refuses alias bombs ("Excessive alias count") and cyclic aliases while building values.
    const reason = error instanceof Error ? error.message : String(error);
    throw invalid(
      "Gate policy",
      [
        {
          path: "",
          message: `cannot be expanded: ${reason}; write the values out instead of through aliases`,
        },
      ],
      file,
    );
  }
  // Issues in file order, each with the line of its field.
  const withLines = (issues: ValidationIssue[]) =>
    issues
      .map((issue) => ({ ...issue, ...locate(doc, text, issue.path) }))
      .sort((a, b) => (a.line ?? Number.MAX_SAFE_INTEGER) - (b.line ?? Number.MAX_SAFE_INTEGER));

  if (isMuninnPolicy(value)) {
    const imported = importMuninnPolicy(value);
    if (!imported.ok) throw invalid("Muninn promotion policy", withLines(imported.issues), file);
    const parsed = PolicySchema.safeParse(imported.value.policy);
    if (!parsed.success)
      throw invalid("Muninn promotion policy (imported)", toValidationIssues(parsed.error), file);
    return {
      policy: parsed.data,
      source: { ...(file ? { file } : {}), format: "muninn", notes: imported.value.notes },
    };
  }
  const parsed = PolicySchema.safeParse(value);
  if (!parsed.success) {
    const issues = toValidationIssues(parsed.error).map((issue) =>
      issue.path === "schemaVersion" &&
      (value as { schemaVersion?: unknown } | null)?.schemaVersion === undefined
        ? {
            ...issue,
            message: "missing; write `schemaVersion: 1` (a Muninn policy is recognised by its fields)",
          }
        : issue,
    );
    throw invalid("Gate policy", withLines(issues), file);
  }
  return { policy: parsed.data, source: { ...(file ? { file } : {}), format, notes: [] } };
}

/**
 * Validates a policy given as an object (already parsed, or written in code).
 * @throws DOCUMENT_INVALID with every issue and its field path
 */
export function parsePolicy(value: unknown): Policy {
  const parsed = PolicySchema.safeParse(value);
  if (!parsed.success) throw invalid("Gate policy", toValidationIssues(parsed.error));
  return parsed.data;
}

/**
 * Reads and validates a policy file (`.json`, `.yaml`, `.yml`; a Muninn policy is imported).
 * @throws ARGUMENT_INVALID when the file cannot be read; DOCUMENT_INVALID when it is not a valid policy
 */
export async function loadPolicy(file: string): Promise<LoadedPolicy> {
  let text: string;
  try {
    text = await readFile(file, "utf8");
  } catch (error) {
    throw new BenchloopError({
      code: "ARGUMENT_INVALID",
      message: `Gate policy ${file} cannot be read: ${(error as NodeJS.ErrnoException).code === "ENOENT" ? "no such file" : (error as Error).message}.`,
      hint: "Check the path given to --policy, or leave it out to use the shipped default policy.",
      location: { file },
    });
  }
  return parsePolicyText(text, file);
}

/** The shipped default policy: `low_latency`, `balanced` and `high_reasoning` for a 16 GB machine. */
export function defaultPolicy(): LoadedPolicy {
  const loaded = parsePolicyText(readFileSync(DEFAULT_POLICY_URL, "utf8"), undefined, "default");
  return loaded;
}

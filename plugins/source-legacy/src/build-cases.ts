// Builds the legacy tests of every root: walk, sample, read the sampled files, derive ground truth,
// write prompts. Deterministic: the same files and options give the same tests, byte for byte.
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import {
  type BenchTest,
  configInvalid,
  hashCanonical,
  type KnownAnswer,
  sha256,
  toValidationIssues,
} from "@benchloop/core";
import { analyzeByHeuristic } from "./analyze-heuristic.js";
import { analyzePythonByRegex } from "./analyze-python.js";
import { analyzeTypeScript } from "./analyze-typescript.js";
import { auxiliaryKind } from "./auxiliary.js";
import type { RootSource } from "./callers-targets.js";
import {
  type CaseKind,
  type CaseOrigin,
  CHOICE_LETTERS,
  LEGACY_ID,
  LEGACY_SYNTAX_SUITE,
  LEGACY_TEST_VERSION,
  type LegacyCaseData,
  UNDERSTANDING_KINDS,
} from "./case-data.js";
import { buildPredictPrompts, buildPrompts, buildPurposePrompts, hasRules } from "./case-prompts.js";
import {
  type LegacySourceConfig,
  type LegacySourceConfigInput,
  LegacySourceConfigSchema,
} from "./config-schema.js";
import { countIdentifiers, pickDistinctiveIdentifiers } from "./distinctive-identifiers.js";
import type { FileFacts } from "./file-facts.js";
import { type HeaderComment, readHeaderComment } from "./header-comment.js";
import { LANGUAGE_SUPPORT } from "./languages.js";
import { injectMutation } from "./mutation-targets.js";
import { findPredictTargets, type PredictTarget, toProbeSpec } from "./predict-targets.js";
import { pickPurposeChoices } from "./purpose-choices.js";
import { type ResolvedRoot, resolveRoots, toIdSegment } from "./resolve-roots.js";
import type { SkipReason } from "./skip-reason.js";
import { createStratifiedSample, type RankedFile } from "./stratified-sample.js";
import { pickCallersCases, understandingKnownAnswers } from "./understanding-cases.js";
import { buildCallersPrompts, buildMutationPrompts } from "./understanding-prompts.js";
import { walkRoot } from "./walk-root.js";

/** Files of lowest seeded rank whose identifiers a sampled file's identifiers are weighed against. */
const CORPUS_SIZE = 64;
/** Distinctive identifiers a summary case checks for. */
const IDENTIFIERS_PER_SUMMARY = 8;
/** Fewest distinctive identifiers for a summary case. */
const MIN_IDENTIFIERS = 3;
/** Most TS/JS files of a root the checker reads for the callers cases (a larger root gives none). */
const MAX_CALLERS_SOURCES = 3000;

type Prompts = { blind: string; informed: string };

/** What the walk and the sample did for one root. */
export interface RootSummary {
  label: string;
  /** Absolute real path. */
  path: string;
  /** Entries other than folders looked at. */
  filesSeen: number;
  /** Source files that passed every filter. */
  eligible: number;
  /** Files sampled (each gives up to one case per kind). */
  sampled: number;
  /** Tests built from the sampled files. */
  tests: number;
  /** Skipped entries per reason (every reason present). A skipped folder counts once. */
  skipped: Record<SkipReason, number>;
  /** True when `maxWalkFiles` stopped the walk early. */
  limitReached: boolean;
}

/** The tests of every root and what happened in each root. */
export interface LegacyCaseSet {
  tests: BenchTest[];
  roots: RootSummary[];
}

/** Options of {@link buildLegacyCases}. */
export interface BuildLegacyCasesOptions {
  /** The `sources.legacy` section (validated here). */
  config: LegacySourceConfigInput;
  /** Folder relative roots are resolved against. */
  cwd: string;
  signal?: AbortSignal;
  /** Told about every skipped entry of every root. */
  onSkip?(root: string, path: string, reason: SkipReason): void;
}

interface SampledFile {
  file: RankedFile;
  contentHash: string;
  text: string;
  snippetBytes: number;
  truncated: boolean;
}

type TypeScriptModule = Parameters<typeof analyzeTypeScript>[0];
let typescript: TypeScriptModule | undefined;

/**
 * The TypeScript compiler, loaded on first use (it is large). Loaded with `require`: importing its
 * CommonJS bundle from ESM would first scan the whole bundle for export names, costing over a second.
 */
function loadTypeScript(): TypeScriptModule {
  typescript ??= createRequire(import.meta.url)("typescript") as TypeScriptModule;
  return typescript;
}

function readFile(path: string, maxBytes: number): Buffer | undefined {
  try {
    const bytes = readFileSync(path);
    return bytes.length <= maxBytes ? bytes : undefined;
  } catch {
    return undefined;
  }
}

/** The prompt's share of a file: all of it, or its first lines up to `limit` bytes. */
function toSnippet(bytes: Buffer, limit: number): { text: string; bytes: number; truncated: boolean } {
  const decoder = new TextDecoder("utf-8");
  if (bytes.length <= limit) return { text: decoder.decode(bytes), bytes: bytes.length, truncated: false };
  const lineEnd = bytes.lastIndexOf(0x0a, limit - 1) + 1;
  const end = lineEnd > 0 ? lineEnd : limit;
  return { text: decoder.decode(bytes.subarray(0, end)), bytes: end, truncated: true };
}

/**
 * Runs one seeded call of one exported function of each self-contained TypeScript/JavaScript file in
 * the sandbox, and keeps the calls that returned the same JSON twice: the truth of the predict cases.
 */
async function runPredictions(
  files: SampledFile[],
  seed: string,
  signal?: AbortSignal,
): Promise<Map<string, { target: PredictTarget; answer: string }>> {
  const wanted: {
    path: string;
    text: string;
    language: "typescript" | "javascript";
    target: PredictTarget;
  }[] = [];
  for (const s of files) {
    if (s.truncated || (s.file.language !== "typescript" && s.file.language !== "javascript")) continue;
    const target = findPredictTargets(loadTypeScript(), s.file.path, s.text, seed)[0];
    if (target) wanted.push({ path: s.file.path, text: s.text, language: s.file.language, target });
  }
  const found = new Map<string, { target: PredictTarget; answer: string }>();
  if (wanted.length === 0) return found;
  const { createSandboxPool } = await import("@benchloop/sandbox");
  const pool = createSandboxPool({ size: 1 });
  try {
    for (const item of wanted) {
      signal?.throwIfAborted();
      const result = await pool.run(
        {
          solutionSource: item.text,
          solutionLanguage: item.language,
          specSource: toProbeSpec(item.target),
          exports: [item.target.name],
          limits: { wallMs: 5000, checkTimeoutMs: 1000 },
        },
        signal ? { signal } : {},
      );
      const actual = result.checks[0]?.actual;
      if (typeof actual !== "string" || actual === "undefined" || actual.startsWith("\u0000")) continue;
      if (actual.length > 200) continue;
      found.set(item.path, { target: item.target, answer: actual });
    }
  } finally {
    await pool.close();
  }
  return found;
}

/**
 * The facts of every sampled file. Python files are read by the line-pattern reader on every machine,
 * never by python3's `ast`: a test's ground truth, id and content hash must not depend on whether
 * python3 is installed.
 */
function analyzeFiles(files: SampledFile[]): FileFacts[] {
  return files.map(({ file, text }) =>
    file.language === "python"
      ? analyzePythonByRegex(text)
      : LANGUAGE_SUPPORT[file.language].structure === "typescript"
        ? analyzeTypeScript(loadTypeScript(), file.path, text)
        : analyzeByHeuristic(file.language, text),
  );
}

function caseData(
  kind: CaseKind,
  origin: CaseOrigin,
  facts: FileFacts,
  identifiers: string[],
): LegacyCaseData | undefined {
  if (!hasRules(kind, origin.language as RankedFile["language"])) return undefined;
  if (kind === "structure") {
    if (!facts.exports || !facts.exportsComplete || facts.exports.length === 0) return undefined;
    return { kind, case: origin, method: facts.method, symbols: facts.exports };
  }
  if (kind === "dependencies") {
    if (!facts.imports || facts.imports.length === 0) return undefined;
    return { kind, case: origin, method: facts.method, modules: facts.imports };
  }
  if (kind !== "summary" || identifiers.length < MIN_IDENTIFIERS) return undefined;
  return { kind, case: origin, method: "tf-idf", identifiers };
}

const KIND_TITLES: Record<CaseKind, string> = {
  structure: "Exported symbols",
  dependencies: "Imported modules",
  summary: "Summary",
  purpose: "Which description fits",
  predict: "Predict the output",
  callers: "Callers",
  mutation: "Which function was changed",
};

/**
 * The known answers of a case, from its ground truth: every true name (or the right letter, or a
 * summary naming the distinctive identifiers) must pass; an empty list, a sibling's description or a
 * summary that names nothing of the file must fail.
 */
function toKnownAnswers(data: LegacyCaseData, grep?: readonly string[]): KnownAnswer[] {
  const understanding = understandingKnownAnswers(data, grep);
  if (understanding) return understanding;
  if (data.kind === "callers" || data.kind === "mutation") return [];
  if (data.kind === "predict") {
    const value: unknown = JSON.parse(data.answer);
    const wrong =
      typeof value === "number"
        ? value + 1
        : typeof value === "string"
          ? `${value}!`
          : Array.isArray(value)
            ? [...value, 0]
            : !value;
    return [
      { expect: "pass", answer: data.answer, label: "the value the sandbox returned" },
      { expect: "fail", answer: JSON.stringify(wrong), label: "a value one step off" },
    ];
  }
  if (data.kind === "purpose") {
    const wrong = CHOICE_LETTERS[(CHOICE_LETTERS.indexOf(data.answer) + 1) % data.choices.length] as string;
    return [
      { expect: "pass", answer: data.answer, label: "the file's own description" },
      { expect: "fail", answer: wrong, label: "a sibling file's description" },
    ];
  }
  if (data.kind === "summary") {
    const [first, second, third] = data.identifiers;
    const name = data.case.path.split("/").at(-1) ?? data.case.path;
    const good = {
      summary: `This ${data.case.language} file, ${name}, centres on ${third ? `${first}, ${second} and ${third}` : `${first} and ${second}`}. It keeps its logic in small named units, so a reader can follow how inputs become results, and the rest of the project calls into it through these names.`,
      entities: [...data.identifiers],
      risks: ["Behaviour at the edges, such as empty or missing input, is not obviously covered by tests."],
      action_items: ["Add tests around the main entry points before changing them."],
    };
    const bad = {
      summary:
        "This file contains code used by the rest of the project. It defines a few functions and values and handles its part of the work, with some error handling along the way.",
      entities: ["the main function", "a few constants"],
      risks: ["There may be bugs in rare cases."],
      action_items: ["Add more comments."],
    };
    return [
      { expect: "pass", answer: JSON.stringify(good), label: "names the distinctive identifiers" },
      { expect: "fail", answer: JSON.stringify(bad), label: "names nothing of the file" },
    ];
  }
  const key = data.kind === "structure" ? "symbols" : "modules";
  const names = (data.kind === "structure" ? data.symbols : data.modules).map((n) => n.name);
  return [
    { expect: "pass", answer: JSON.stringify({ [key]: names }), label: "every true name" },
    { expect: "fail", answer: JSON.stringify({ [key]: [] }), label: "no names" },
  ];
}

/** The prompts of a per-file case (every kind but callers). */
function filePrompts(data: LegacyCaseData, sampled: SampledFile, header?: HeaderComment): Prompts {
  const file = {
    path: data.case.path,
    language: sampled.file.language,
    text: data.kind === "purpose" && header ? header.rest : sampled.text,
    truncated: sampled.truncated,
  };
  if (data.kind === "purpose") return buildPurposePrompts(file, data.choices);
  if (data.kind === "predict") return buildPredictPrompts(file, data.call);
  if (data.kind === "mutation" || data.kind === "callers")
    throw new Error(`${data.kind} cases bring their prompts`);
  return buildPrompts(data.kind, file);
}

function toTest(data: LegacyCaseData, prompts: Prompts, grep?: readonly string[]): BenchTest {
  const origin = data.case;
  const id =
    data.kind === "callers"
      ? `${LEGACY_ID}/${origin.id}/${data.question}/${toIdSegment(data.target.slice(data.target.lastIndexOf(":") + 1))}`
      : `${LEGACY_ID}/${origin.id}/${data.kind}`;
  return {
    id,
    version: LEGACY_TEST_VERSION,
    source: LEGACY_ID,
    suite: UNDERSTANDING_KINDS.includes(data.kind) ? LEGACY_ID : LEGACY_SYNTAX_SUITE,
    title:
      data.kind === "callers"
        ? `${data.question === "callers" ? "Callers" : "What breaks if the signature changes"} of ${origin.root}/${data.target}`
        : `${KIND_TITLES[data.kind]} of ${origin.root}/${origin.path}`,
    contentHash: hashCanonical({ id, version: LEGACY_TEST_VERSION, prompts, data }),
    prompts,
    scorer: LEGACY_ID,
    tags: [
      LEGACY_ID,
      `kind:${data.kind}`,
      `language:${origin.language}`,
      `root:${origin.root}`,
      ...(auxiliaryKind(origin.path) ? [`aux:${auxiliaryKind(origin.path)}`] : []),
    ],
    data,
    knownAnswers: toKnownAnswers(data, grep),
  };
}

/** Case ids: label / path / 8 hex of the content hash, made unique when two paths map to one id. */
function caseIds(label: string, files: SampledFile[]): string[] {
  const ids = files.map(
    (f) => `${label}/${f.file.path.split("/").map(toIdSegment).join("/")}/${f.contentHash.slice(0, 8)}`,
  );
  const counts = new Map<string, number>();
  for (const id of ids) counts.set(id, (counts.get(id) ?? 0) + 1);
  return ids.map((id, i) =>
    (counts.get(id) ?? 0) > 1 ? `${id}-${sha256(files[i]!.file.path).slice(0, 6)}` : id,
  );
}

function toTestOf(data: LegacyCaseData, sampled: SampledFile, header?: HeaderComment): BenchTest {
  return toTest(data, filePrompts(data, sampled, header));
}

/** The callers cases of a root, from its TS/JS files (read whole; unreadable ones are left out). */
function callersTests(root: ResolvedRoot, config: LegacySourceConfig, paths: readonly string[]): BenchTest[] {
  const read = new Map<string, { source: RootSource; bytes: Buffer }>();
  for (const path of [...paths].sort()) {
    const bytes = readFile(join(root.path, path), config.maxFileBytes);
    if (bytes) read.set(path, { source: { path, text: new TextDecoder("utf-8").decode(bytes) }, bytes });
  }
  const picks = pickCallersCases(
    loadTypeScript(),
    [...read.values()].map((r) => r.source),
    { seed: config.seed, limit: config.crossFileTargets, maxPromptBytes: 2 * config.snippetBytes },
  );
  return picks.map((pick) => {
    const { target } = pick;
    const bytes = read.get(target.definedIn)!.bytes;
    const contentHash = sha256(bytes);
    const origin: CaseOrigin = {
      id: `${root.label}/${target.definedIn.split("/").map(toIdSegment).join("/")}/${contentHash.slice(0, 8)}`,
      root: root.label,
      path: target.definedIn,
      language: /\.[cm]?jsx?$/i.test(target.definedIn) ? "javascript" : "typescript",
      sizeBytes: bytes.length,
      contentHash,
      snippetBytes: bytes.length,
      truncated: false,
    };
    const data: LegacyCaseData = {
      kind: "callers",
      case: origin,
      method: "typescript-checker",
      question: pick.question,
      target: `${target.definedIn}:${target.name}`,
      shown: target.shownFiles,
      expected: pick.expected,
    };
    const files = target.shownFiles.map((path) => ({
      path,
      language: (/\.[cm]?jsx?$/i.test(path) ? "javascript" : "typescript") as RankedFile["language"],
      text: read.get(path)!.source.text,
      truncated: false,
    }));
    return toTest(data, buildCallersPrompts(files, pick.question, target.name, target.definedIn), pick.grep);
  });
}

async function buildRoot(
  root: ResolvedRoot,
  config: LegacySourceConfig,
  options: BuildLegacyCasesOptions,
): Promise<{ tests: BenchTest[]; summary: RootSummary }> {
  const sample = createStratifiedSample({
    seed: config.seed,
    size: config.filesPerRoot,
    maxPerLanguage: config.maxPerLanguage,
    corpusSize: CORPUS_SIZE,
  });
  let auxiliary = 0;
  const callerSources: string[] = [];
  let tooManySources = false;
  const walk = await walkRoot(
    {
      root: root.path,
      maxFileBytes: config.maxFileBytes,
      gitignore: config.gitignore,
      ignorePatterns: config.ignore,
      maxFiles: config.maxWalkFiles,
      signal: options.signal,
      onSkip: options.onSkip && ((path, reason) => options.onSkip?.(root.label, path, reason)),
    },
    (file) => {
      if (!config.includeAuxiliary && auxiliaryKind(file.path) !== undefined) {
        auxiliary += 1;
        options.onSkip?.(root.label, file.path, "auxiliary");
        return;
      }
      sample.add(file);
      if (
        config.kinds.includes("callers") &&
        (file.language === "typescript" || file.language === "javascript")
      ) {
        if (callerSources.length < MAX_CALLERS_SOURCES) callerSources.push(file.path);
        else tooManySources = true;
      }
    },
  );
  walk.skipped.auxiliary += auxiliary;
  walk.eligible -= auxiliary;

  const sampled: SampledFile[] = [];
  for (const file of sample.order()) {
    if (sampled.length >= config.filesPerRoot) break;
    const bytes = readFile(join(root.path, file.path), config.maxFileBytes);
    if (!bytes) {
      // Changed or removed since the walk classified it.
      walk.skipped.unreadable += 1;
      options.onSkip?.(root.label, file.path, "unreadable");
      continue;
    }
    const snippet = toSnippet(bytes, config.snippetBytes);
    sampled.push({
      file,
      contentHash: sha256(bytes),
      text: snippet.text,
      snippetBytes: snippet.bytes,
      truncated: snippet.truncated,
    });
  }

  // Identifier counts of the sampled files and of the corpus sample, to weigh information content.
  const counts = new Map<string, Map<string, number>>();
  for (const s of sampled) counts.set(s.file.path, countIdentifiers(s.text));
  for (const file of sample.corpus()) {
    if (counts.has(file.path)) continue;
    const bytes = readFile(join(root.path, file.path), config.maxFileBytes);
    if (bytes) counts.set(file.path, countIdentifiers(toSnippet(bytes, config.snippetBytes).text));
  }

  // Header comments of the sampled files and the corpus: each file's own description, and the
  // distractors of the purpose cases.
  const headers = new Map<string, HeaderComment>();
  if (config.kinds.includes("purpose")) {
    for (const s of sampled) {
      const header = readHeaderComment(s.text);
      if (header) headers.set(s.file.path, header);
    }
    for (const file of sample.corpus()) {
      if (headers.has(file.path)) continue;
      const bytes = readFile(join(root.path, file.path), config.maxFileBytes);
      const header = bytes ? readHeaderComment(toSnippet(bytes, config.snippetBytes).text) : undefined;
      if (header) headers.set(file.path, header);
    }
  }

  const facts = analyzeFiles(sampled);
  const predictions = config.kinds.includes("predict")
    ? await runPredictions(sampled, config.seed, options.signal)
    : new Map<string, { target: PredictTarget; answer: string }>();
  const ids = caseIds(root.label, sampled);
  const tests: BenchTest[] = [];
  sampled.forEach((s, index) => {
    const origin: CaseOrigin = {
      id: ids[index]!,
      root: root.label,
      path: s.file.path,
      language: s.file.language,
      sizeBytes: s.file.sizeBytes,
      contentHash: s.contentHash,
      snippetBytes: s.snippetBytes,
      truncated: s.truncated,
    };
    const others = [...counts.entries()].filter(([path]) => path !== s.file.path).map(([, c]) => c);
    const identifiers = config.kinds.includes("summary")
      ? pickDistinctiveIdentifiers(counts.get(s.file.path)!, others, IDENTIFIERS_PER_SUMMARY)
      : [];
    for (const kind of config.kinds) {
      if (kind === "predict") {
        const prediction = predictions.get(s.file.path);
        if (prediction)
          tests.push(
            toTestOf(
              {
                kind,
                case: origin,
                method: "sandbox",
                call: prediction.target.call,
                answer: prediction.answer,
              },
              s,
            ),
          );
        continue;
      }
      if (kind === "mutation") {
        if (s.truncated || (s.file.language !== "typescript" && s.file.language !== "javascript")) continue;
        const mutation = injectMutation(loadTypeScript(), s.file.path, s.text, (key) =>
          sha256(`${config.seed}\n${s.file.path}\n${key}`),
        );
        if (!mutation) continue;
        const data: LegacyCaseData = {
          kind,
          case: origin,
          method: "injected",
          operator: mutation.operator,
          functions: mutation.functions,
          expected: { function: mutation.function, line: mutation.line },
        };
        const shown = {
          path: s.file.path,
          language: s.file.language,
          text: mutation.mutatedText,
          truncated: false,
        };
        tests.push(toTest(data, buildMutationPrompts(shown)));
        continue;
      }
      if (kind === "callers") continue;
      if (kind === "purpose") {
        const header = headers.get(s.file.path);
        const picked =
          header &&
          pickPurposeChoices({
            caseId: origin.id,
            description: header.description,
            shownText: header.rest,
            siblings: [...headers.entries()]
              .filter(([path]) => path !== s.file.path)
              .map(([, h]) => h.description),
          });
        if (header && picked)
          tests.push(toTestOf({ kind, case: origin, method: "header-comment", ...picked }, s, header));
        continue;
      }
      const data = caseData(kind, origin, facts[index]!, identifiers);
      if (data) tests.push(toTestOf(data, s));
    }
  });
  if (config.kinds.includes("callers") && config.crossFileTargets > 0 && !tooManySources)
    tests.push(...callersTests(root, config, callerSources));
  tests.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return {
    tests,
    summary: {
      label: root.label,
      path: root.path,
      filesSeen: walk.filesSeen,
      eligible: walk.eligible,
      sampled: sampled.length,
      tests: tests.length,
      skipped: walk.skipped,
      limitReached: walk.limitReached,
    },
  };
}

/**
 * Builds the legacy tests of every configured root, roots in the order given, tests of a root sorted
 * by id. Reads files only, and runs predict probes in the sandbox.
 * @throws CONFIG_INVALID for invalid options or roots that are missing or not folders
 */
export async function buildLegacyCases(options: BuildLegacyCasesOptions): Promise<LegacyCaseSet> {
  const config = parseLegacyConfig(options.config);
  const roots = resolveRoots(config.roots, options.cwd);
  const tests: BenchTest[] = [];
  const summaries: RootSummary[] = [];
  for (const root of roots) {
    options.signal?.throwIfAborted();
    const built = await buildRoot(root, config, options);
    tests.push(...built.tests);
    summaries.push(built.summary);
  }
  return { tests, roots: summaries };
}

/**
 * Validates a `sources.legacy` section and applies defaults.
 * @throws CONFIG_INVALID with every issue at its path under `sources.legacy`
 */
export function parseLegacyConfig(section: unknown): LegacySourceConfig {
  const parsed = LegacySourceConfigSchema.safeParse(section ?? {});
  if (!parsed.success) throw configInvalid(toValidationIssues(parsed.error, ["sources", LEGACY_ID]));
  return parsed.data;
}

// The `prompt-pack` test source: reads the shipped role packs and the packs the config names, and
// fails with every problem of every pack listed (file:line, field, what to do) rather than the first.
import { readFile } from "node:fs/promises";
import { resolve } from "node:path";
import { fileURLToPath } from "node:url";
import {
  BenchloopError,
  type BenchTest,
  type ComponentDeps,
  configInvalid,
  isTestWanted,
  type TestSource,
  type TestWish,
  toValidationIssues,
} from "@benchloop/core";
import { PromptPackConfigSchema } from "./config-schema.js";
import {
  formatPackIssue,
  type PackIssue,
  PROMPT_PACK_SOURCE_ID,
  parsePromptPack,
} from "./parse-prompt-pack.js";

/** One shipped pack: a suite per role profile, every test id `live/<line id>`. */
export interface BuiltinPack {
  url: URL;
  /** The pack's file name, as messages show it. */
  name: string;
  /** The suite of its tests: the role profile it measures. */
  suite: "low_latency" | "balanced" | "high_reasoning";
}

/** The shipped packs (beside `dist` and `src`, so both find them), one suite per role profile. */
export const BUILTIN_PACKS: readonly BuiltinPack[] = [
  {
    url: new URL("../packs/low-latency.jsonl", import.meta.url),
    name: "low-latency.jsonl",
    suite: "low_latency",
  },
  { url: new URL("../packs/balanced.jsonl", import.meta.url), name: "balanced.jsonl", suite: "balanced" },
  {
    url: new URL("../packs/high-reasoning.jsonl", import.meta.url),
    name: "high-reasoning.jsonl",
    suite: "high_reasoning",
  },
];

/** The pack id of the shipped packs: their test ids are `live/<line id>`. */
export const BUILTIN_PACK_ID = "live";

const CONFIG_PATH = ["sources", PROMPT_PACK_SOURCE_ID];

interface PackToRead {
  file: string;
  shownAs: string;
  packId?: string;
  suite?: string;
  configPath?: string;
  /** Only the lines of the tests wanted (shipped packs, whose lines are known to be valid). */
  only?: (lineId: string) => boolean;
}

/**
 * A shipped pack read for a run's wish: undefined when it holds no wanted test (it is not read), else
 * which of its lines to parse.
 */
function shippedLinesWanted(
  wanted: TestWish | undefined,
  suite: string,
): { only?: (lineId: string) => boolean } | undefined {
  if (!wanted) return {};
  if (wanted.suites && !wanted.suites.includes(suite)) return undefined;
  const prefix = `${BUILTIN_PACK_ID}/`;
  if (wanted.tests && !wanted.tests.some((id) => id.startsWith(prefix))) return undefined;
  return { only: (lineId) => isTestWanted(wanted, `${prefix}${lineId}`, suite) };
}

/** DOCUMENT_INVALID listing every problem of every pack (file:line, field, what to do). */
export function packsInvalid(issues: readonly PackIssue[]): BenchloopError {
  const files = [...new Set(issues.map((i) => i.file))];
  return new BenchloopError({
    code: "DOCUMENT_INVALID",
    message: `Prompt pack${files.length === 1 ? "" : "s"} ${files.join(", ")} ha${files.length === 1 ? "s" : "ve"} ${issues.length} problem${issues.length === 1 ? "" : "s"}:\n${issues.map((i) => `  - ${formatPackIssue(i)}`).join("\n")}`,
    hint: "Fix each line above (or comment it out with //); the README of @benchloop/tests-prompt-pack describes the line format.",
    location: { file: issues[0]?.file, line: issues[0]?.line, path: issues[0]?.path },
    details: { issues },
  });
}

/**
 * Creates the `prompt-pack` test source. `load` takes the config section as `options` (validated
 * here; `deps.config` when none is given).
 * @throws CONFIG_INVALID for invalid options or an unreadable pack file; DOCUMENT_INVALID listing
 * every bad line of every pack and every test id used twice
 */
export function createPromptPackSource(deps: ComponentDeps): TestSource {
  return {
    async load(input, ctx) {
      const parsed = PromptPackConfigSchema.safeParse(input.options ?? deps.config ?? {});
      if (!parsed.success) throw configInvalid(toValidationIssues(parsed.error, CONFIG_PATH));
      const options = parsed.data;

      const packs: PackToRead[] = [];
      if (options.includeBuiltin) {
        for (const builtin of BUILTIN_PACKS) {
          // With the run's hint, a shipped pack is read only for the tests wanted (unless other packs
          // are read too: a test id they share with a shipped line is then still found).
          const wanted = options.packs.length > 0 ? undefined : input.wanted;
          const lines = shippedLinesWanted(wanted, builtin.suite);
          if (!lines) continue;
          packs.push({
            file: fileURLToPath(builtin.url),
            shownAs: `${builtin.name} (built in)`,
            packId: BUILTIN_PACK_ID,
            suite: builtin.suite,
            ...lines,
          });
        }
      }
      options.packs.forEach((pack, index) => {
        packs.push({
          file: resolve(deps.cwd, pack.file),
          shownAs: pack.file,
          packId: pack.idPrefix,
          suite: pack.suite,
          configPath: `${CONFIG_PATH.join(".")}.packs[${index}].file`,
        });
      });

      const tests: BenchTest[] = [];
      const issues: PackIssue[] = [];
      const origin = new Map<string, string>();
      for (const pack of packs) {
        ctx.signal.throwIfAborted();
        let text: string;
        try {
          text = await readFile(pack.file, { encoding: "utf8", signal: ctx.signal });
        } catch (error) {
          if (ctx.signal.aborted) throw error;
          const reason =
            (error as NodeJS.ErrnoException).code === "ENOENT"
              ? "does not exist"
              : `cannot be read (${(error as Error).message})`;
          throw configInvalid([
            {
              path: pack.configPath ?? "",
              message: `prompt pack ${pack.file} ${reason}; paths are relative to ${deps.cwd}`,
            },
          ]);
        }
        const result = parsePromptPack(text, pack.shownAs, {
          packId: pack.packId,
          suite: pack.suite,
          ...(pack.only ? { only: pack.only } : {}),
        });
        issues.push(...result.issues);
        for (const test of result.tests) {
          const first = origin.get(test.id);
          if (first !== undefined) {
            const line = (test.data as { line: number }).line;
            issues.push({
              file: pack.shownAs,
              line,
              path: "id",
              message: `test id "${test.id}" is also defined in ${first}; give this pack another idPrefix`,
            });
            continue;
          }
          origin.set(test.id, pack.shownAs);
          tests.push(test);
        }
      }
      if (issues.length > 0) throw packsInvalid(issues);
      ctx.logger.debug("prompt packs loaded", { packs: packs.length, tests: tests.length });
      return tests;
    },
  };
}

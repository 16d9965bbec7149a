// The `prompt-pack` test source: reads the shipped `live` pack and the packs the config names, and
// fails with every problem of every pack listed (file:line, field, what to do) rather than the first.
import { readFile } from "node:fs/promises";
import { resolve } from "node:path";
import { fileURLToPath } from "node:url";
import {
  BenchloopError,
  type BenchTest,
  type ComponentDeps,
  configInvalid,
  type TestSource,
  toValidationIssues,
} from "@benchloop/core";
import { PromptPackConfigSchema } from "./config-schema.js";
import {
  formatPackIssue,
  type PackIssue,
  PROMPT_PACK_SOURCE_ID,
  parsePromptPack,
} from "./parse-prompt-pack.js";

/** Where the shipped `live` pack lives (beside `dist` and `src`, so both find it). */
export const LIVE_PACK_URL = new URL("../packs/live.jsonl", import.meta.url);

const CONFIG_PATH = ["sources", PROMPT_PACK_SOURCE_ID];

interface PackToRead {
  file: string;
  shownAs: string;
  packId?: string;
  suite?: string;
  configPath?: string;
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
        packs.push({
          file: fileURLToPath(LIVE_PACK_URL),
          shownAs: "live.jsonl (built in)",
          packId: "live",
          suite: "live",
        });
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
        const result = parsePromptPack(text, pack.shownAs, { packId: pack.packId, suite: pack.suite });
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

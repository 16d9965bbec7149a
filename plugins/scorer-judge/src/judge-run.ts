// Judges the items of a finished run (`benchloop judge`): every answered item whose test is known gets a
// verdict, optionally k times with seeds seed … seed+k−1 to measure the judge itself. Returns the items
// as copies with `judge` and provenance set, in the run's order; writing the new run is the caller's job.
import type { ItemResult, JudgeVerdict, Run } from "@benchloop/core";
import type { Judge } from "./create-judge.js";
import type { JudgeItemInput } from "./judge-item.js";
import { type JudgeReliability, type RepeatedJudgement, summarizeJudgeRepeats } from "./judge-repeats.js";

/** Options of {@link judgeRunItems}. */
export interface JudgeRunOptions {
  judge: Judge;
  /** The tests the run's items refer to, by test id. */
  tests: ReadonlyMap<string, JudgeItemInput["test"]>;
  /** Verdicts per item (default 1); the first is the one recorded on the item. */
  repeat?: number;
  /** Verdicts requested at once (default 2). */
  concurrency?: number;
  signal: AbortSignal;
  /** Called after each item's verdicts. */
  onItem?(progress: { done: number; total: number; key: string; verdict: JudgeVerdict }): void;
}

/** An item left unjudged, and why. */
export interface UnjudgedItem {
  key: string;
  reason: string;
}

/** The judged copy of a run's items. */
export interface JudgedRunItems {
  /** Every item of the run in its order; judged ones with `judge` and provenance `judge`. */
  items: ItemResult[];
  judged: number;
  unjudged: UnjudgedItem[];
  /** Verdicts of the first repeat served from the cache, and asked of the judge. */
  cache: { hits: number; misses: number };
  /** The judge's spread across repeats and agreement with the automated checks. */
  reliability: JudgeReliability;
}

function whyNot(item: ItemResult, tests: JudgeRunOptions["tests"]): string | undefined {
  if (!item.generation || item.status === "skipped") return "no answer to judge";
  if (item.failure && item.failure.stage !== "judge" && item.failure.stage !== "score")
    return `no answer to judge (${item.failure.stage} failed)`;
  if (!tests.has(item.test))
    return `test "${item.test}" is not provided by any installed test source, so its task and rubric are unknown`;
  return undefined;
}

/**
 * Judges a run's answered items.
 * @throws only the abort reason of `options.signal`
 */
export async function judgeRunItems(run: Run, options: JudgeRunOptions): Promise<JudgedRunItems> {
  const repeat = Math.max(1, Math.floor(options.repeat ?? 1));
  const concurrency = Math.max(1, Math.floor(options.concurrency ?? 2));
  const items = [...run.items];
  const unjudged: UnjudgedItem[] = [];
  const todo: number[] = [];
  items.forEach((item, index) => {
    const reason = whyNot(item, options.tests);
    if (reason) unjudged.push({ key: item.key, reason });
    else todo.push(index);
  });

  const judgements = new Map<number, RepeatedJudgement>();
  const cache = { hits: 0, misses: 0 };
  let next = 0;
  let done = 0;
  const seed = options.judge.config.seed;

  async function work(): Promise<void> {
    while (next < todo.length) {
      options.signal.throwIfAborted();
      const index = todo[next++]!;
      const item = items[index]!;
      const test = options.tests.get(item.test)!;
      const verdicts: JudgeVerdict[] = [];
      for (let r = 0; r < repeat; r++) {
        verdicts.push(
          await options.judge.judge(
            { test, passType: item.passType, answer: item.generation!.text, score: item.score },
            { signal: options.signal, seed: seed + r },
          ),
        );
      }
      const first = verdicts[0]!;
      if (first.cache === "hit") cache.hits++;
      else if (first.cache === "miss") cache.misses++;
      items[index] = {
        ...item,
        judge: first,
        provenance: { kind: "judge", fromRun: run.runId, itemKey: item.key },
      };
      judgements.set(index, {
        key: item.key,
        scores: verdicts.flatMap((v) => (v.status === "ok" && v.score !== undefined ? [v.score] : [])),
        errors: verdicts.filter((v) => v.status !== "ok").length,
        ...(item.score ? { checksPassed: item.score.passed } : {}),
        ...(item.suite ? { suite: item.suite } : {}),
        group: [item.model, item.harness, item.test, item.passType].join("|"),
      });
      options.onItem?.({ done: ++done, total: todo.length, key: item.key, verdict: first });
    }
  }
  await Promise.all(Array.from({ length: Math.min(concurrency, Math.max(1, todo.length)) }, () => work()));

  const ordered = todo.map((index) => judgements.get(index)!);
  return {
    items,
    judged: todo.length,
    unjudged,
    cache,
    reliability: summarizeJudgeRepeats(ordered, repeat),
  };
}

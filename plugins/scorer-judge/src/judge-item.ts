// Judges one answer: builds the messages from the test (task, rubric) and the automated checks, looks the
// verdict up in the cache, else asks the judge with the verdict schema forced, and reads the reply
// strictly. Whatever goes wrong becomes a verdict with status `judge_error`, never a low score.
import type { BenchTest, JudgeVerdict, PassType, Score } from "@benchloop/core";
import { canonicalJson } from "@benchloop/core";
import { type JudgeCache, judgeCacheKey } from "./judge-cache.js";
import { type JudgeConnection, JudgeRequestError } from "./judge-connection.js";
import { buildJudgeMessages, JUDGE_PROMPT_VERSION, type JudgeMessage } from "./judge-prompt.js";
import { parseRubric } from "./rubric.js";
import { parseVerdict, toVerdictJsonSchema } from "./verdict-format.js";

/** Version of the judge scorer: part of cache keys and of every score it writes. */
export const JUDGE_SCORER_VERSION = "1";

/** What is judged. */
export interface JudgeItemInput {
  test: Pick<BenchTest, "id" | "prompts" | "rubric">;
  passType: PassType;
  /** The model's answer. */
  answer: string;
  /** The automated checks' score of the answer, when it was scored. */
  score?: Score;
}

/** Who judges, and how. */
export interface JudgeItemOptions {
  connection: JudgeConnection;
  model: string;
  temperature: number;
  seed: number;
  numPredict: number;
  /** The verdict cache; none means every call asks the judge. */
  cache?: JudgeCache;
  signal: AbortSignal;
}

/** True when the error is the caller's own abort (it is thrown on, not turned into a verdict). */
function isCallerAbort(error: unknown, signal: AbortSignal): boolean {
  return signal.aborted && (error === signal.reason || (error as Error)?.name === "AbortError");
}

function judgeError(
  options: JudgeItemOptions,
  digest: string | undefined,
  error: string,
  extra: Partial<JudgeVerdict> = {},
): JudgeVerdict {
  return {
    status: "judge_error",
    judge: options.model,
    ...(digest ? { judgeDigest: digest } : {}),
    criteria: [],
    error,
    ...extra,
  };
}

/**
 * Judges one answer with the judge model.
 * @returns a verdict: status `ok` with per-criterion and overall scores, or `judge_error` with the reason
 * (unreachable judge, HTTP error, unreadable or cut-off reply)
 * @throws only the abort reason of `options.signal`
 */
export async function judgeItem(input: JudgeItemInput, options: JudgeItemOptions): Promise<JudgeVerdict> {
  const criteria = parseRubric(input.test.rubric);
  const task = input.test.prompts[input.passType];
  const score = input.score;
  const failure = score?.failure ? { type: score.failure.type, message: score.failure.message } : undefined;
  const counted = score?.details as { checksPassed?: unknown; checksTotal?: unknown } | undefined;
  const checkCounts =
    typeof counted?.checksPassed === "number" && typeof counted.checksTotal === "number"
      ? { passed: counted.checksPassed, total: counted.checksTotal }
      : undefined;
  const messages: JudgeMessage[] = buildJudgeMessages({
    task,
    answer: input.answer,
    criteria,
    checks: score?.checks,
    checkFailure: failure,
    checkCounts,
    label: `${input.test.id} · ${input.passType}`,
  });

  let digest: string | undefined;
  try {
    digest = await options.connection.digest(options.model, options.signal);
  } catch (error) {
    if (isCallerAbort(error, options.signal)) throw error;
    return judgeError(options, undefined, (error as Error).message);
  }

  const sampling = { temperature: options.temperature, seed: options.seed, numPredict: options.numPredict };
  const key = options.cache
    ? judgeCacheKey({
        answer: input.answer,
        rubric: canonicalJson(criteria),
        context: canonicalJson(messages),
        model: options.model,
        digest,
        backend: options.connection.backend,
        options: sampling,
        promptVersion: JUDGE_PROMPT_VERSION,
        scorerVersion: JUDGE_SCORER_VERSION,
      })
    : undefined;
  if (key && options.cache) {
    const cached = await options.cache.get(key);
    if (cached) return { ...cached, cache: "hit" };
  }

  let reply: Awaited<ReturnType<JudgeConnection["chat"]>>;
  try {
    reply = await options.connection.chat(
      { model: options.model, messages, schema: toVerdictJsonSchema(criteria), ...sampling },
      options.signal,
    );
  } catch (error) {
    if (isCallerAbort(error, options.signal)) throw error;
    const message = error instanceof JudgeRequestError ? error.message : String(error);
    return judgeError(options, digest, message, { cache: key ? "miss" : "off" });
  }

  const measured = {
    latencyMs: Math.max(0, reply.latencyMs),
    ...(reply.tokens.prompt !== undefined || reply.tokens.completion !== undefined
      ? { tokens: reply.tokens }
      : {}),
    ...(reply.costUsd !== undefined ? { costUsd: reply.costUsd } : {}),
    cache: key ? ("miss" as const) : ("off" as const),
  };
  const parsed = parseVerdict(reply.text, criteria);
  if (!parsed.ok) {
    const error = reply.truncated
      ? `the judge's reply was cut off at ${options.numPredict} tokens before the verdict was complete; raise scorers.judge.numPredict (${parsed.error})`
      : parsed.error;
    return judgeError(options, digest, error, measured);
  }
  const verdict: JudgeVerdict = {
    status: "ok",
    judge: options.model,
    ...(digest ? { judgeDigest: digest } : {}),
    score: parsed.score,
    criteria: parsed.criteria,
    ...(parsed.reasoning ? { reasoning: parsed.reasoning } : {}),
    ...measured,
  };
  // A cache that cannot be written costs a later request, never this verdict.
  if (key && options.cache) await options.cache.put(key, verdict).catch(() => undefined);
  return verdict;
}

// A judge ready to use: the config resolved (address, key from the environment through core's secrets,
// cache folder), with `judge(...)` giving a verdict for one answer. Its shape is core's judge stage, so
// the kernel, the `judge` scorer and `benchloop judge` share it.
import path from "node:path";
import {
  type Clock,
  configInvalid,
  type Generation,
  type JudgeVerdict,
  type PassType,
  type Score,
  type Secrets,
  SYSTEM_CLOCK,
} from "@benchloop/core";
import { type JudgeConfig, JudgeConfigSchema, type JudgeOptions } from "./config-schema.js";
import { createJudgeCache } from "./judge-cache.js";
import { createJudgeConnection } from "./judge-connection.js";
import { type JudgeItemInput, judgeItem } from "./judge-item.js";

/** Options of {@link createJudge}. */
export interface CreateJudgeOptions {
  /** The judge's options (`scorers.judge`, with flags applied); `model` is required. */
  config: JudgeOptions;
  /** Folder relative cache paths are resolved against. */
  cwd: string;
  /** Where the API key is read (`config.apiKeyEnv`); core's secrets redact it in logs. */
  secrets?: Secrets;
  clock?: Clock;
}

/** What a judge call receives: the answer (as a generation or text) and its automated score. */
export interface JudgeInput {
  test: JudgeItemInput["test"];
  passType: PassType;
  generation?: Pick<Generation, "text">;
  answer?: string;
  score?: Score;
}

/** A judge model, ready to judge answers. */
export interface Judge {
  /** The judge model's name. */
  readonly model: string;
  /** The resolved options. */
  readonly config: JudgeConfig;
  /**
   * Judges one answer; `seed` overrides the configured one (for repeats).
   * @throws only the abort reason of `ctx.signal`
   */
  judge(input: JudgeInput, ctx: { signal: AbortSignal; seed?: number }): Promise<JudgeVerdict>;
}

/**
 * Creates a judge from its options. Does no I/O.
 * @throws CONFIG_INVALID when no model is set or the options are invalid
 */
export function createJudge(options: CreateJudgeOptions): Judge {
  const parsed = JudgeConfigSchema.safeParse(options.config);
  if (!parsed.success) {
    throw configInvalid(
      parsed.error.issues.map((issue) => ({
        path: ["scorers", "judge", ...issue.path.map(String)].join("."),
        message: issue.message,
      })),
    );
  }
  const config = parsed.data;
  const model = config.model;
  if (!model) {
    throw configInvalid([
      {
        path: "scorers.judge.model",
        message: "no judge model is set; pass --judge MODEL or set scorers.judge.model (e.g. qwen3:14b)",
      },
    ]);
  }
  const apiKey = config.apiKeyEnv ? options.secrets?.get(config.apiKeyEnv) || undefined : undefined;
  const connection = createJudgeConnection({
    backend: config.backend,
    baseUrl: config.baseUrl,
    apiKey,
    requestTimeoutMs: config.requestTimeoutMs,
    clock: options.clock ?? SYSTEM_CLOCK,
  });
  const cache = config.cache ? createJudgeCache(path.resolve(options.cwd, config.cacheDir)) : undefined;
  return {
    model,
    config,
    judge(input, ctx) {
      return judgeItem(
        {
          test: input.test,
          passType: input.passType,
          answer: input.answer ?? input.generation?.text ?? "",
          score: input.score,
        },
        {
          connection,
          model,
          temperature: config.temperature,
          seed: ctx.seed ?? config.seed,
          numPredict: config.numPredict,
          cache,
          signal: ctx.signal,
        },
      );
    },
  };
}

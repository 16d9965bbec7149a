// The flags of `benchloop judge` checked and turned into the judge's config: `--repeat` a whole number
// from 1 to 20, `--judge-backend` ollama or openai, and the flags laid over `scorers.judge` of the config.
import type { Config } from "../config/config-schema.js";
import { argumentInvalid } from "../errors/catalog.js";

/** The judge flags of `benchloop judge`, as a command line parser gives them. */
export interface JudgeRequest {
  judge: string;
  judgeUrl?: string;
  judgeBackend?: string;
  judgeKeyEnv?: string;
  /** `--repeat` as written. */
  repeat: string;
  /** False with `--no-cache`. */
  cache: boolean;
}

/**
 * Checks a judge request: how many times every answer is judged, and the backend named.
 * @throws ARGUMENT_INVALID for a repeat outside 1..20 or an unknown backend
 */
export function validateJudgeRequest(request: JudgeRequest): { repeat: number } {
  const repeat = Number(request.repeat);
  if (!Number.isInteger(repeat) || repeat < 1 || repeat > 20)
    throw argumentInvalid(
      "--repeat",
      `"${request.repeat}" is not a whole number from 1 to 20`,
      "Use --repeat 3 or 5.",
    );
  if (request.judgeBackend && request.judgeBackend !== "ollama" && request.judgeBackend !== "openai")
    throw argumentInvalid("--judge-backend", `"${request.judgeBackend}" is not ollama or openai`);
  return { repeat };
}

/** The judge's config: `scorers.judge` of the config with the request's flags over it. */
export function judgeRequestConfig(config: Config, request: JudgeRequest): Record<string, unknown> {
  const written = (config.scorers as Record<string, unknown>).judge as Record<string, unknown> | undefined;
  return {
    ...written,
    model: request.judge,
    ...(request.judgeUrl ? { baseUrl: request.judgeUrl } : {}),
    ...(request.judgeBackend ? { backend: request.judgeBackend } : {}),
    ...(request.judgeKeyEnv ? { apiKeyEnv: request.judgeKeyEnv } : {}),
    ...(request.cache === false || config.cache === false ? { cache: false } : {}),
  };
}

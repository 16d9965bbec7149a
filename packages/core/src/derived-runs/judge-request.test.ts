import { describe, expect, it } from "vitest";
import { ConfigSchema } from "../config/config-schema.js";
import { judgeRequestConfig, validateJudgeRequest } from "./judge-request.js";

describe("validateJudgeRequest", () => {
  it("takes a repeat from 1 to 20 and the ollama or openai backend", () => {
    expect(validateJudgeRequest({ judge: "j", repeat: "3", cache: true })).toEqual({ repeat: 3 });
    expect(() => validateJudgeRequest({ judge: "j", repeat: "0", cache: true })).toThrow(/1 to 20/);
    expect(() => validateJudgeRequest({ judge: "j", repeat: "2.5", cache: true })).toThrow(/1 to 20/);
    expect(() => validateJudgeRequest({ judge: "j", repeat: "1", judgeBackend: "x", cache: true })).toThrow(
      /not ollama or openai/,
    );
  });
});

describe("judgeRequestConfig", () => {
  it("lays the flags over scorers.judge, and turns the cache off with --no-cache", () => {
    const config = ConfigSchema.parse({ scorers: { judge: { baseUrl: "http://a", temperature: 0 } } });
    expect(
      judgeRequestConfig(config, {
        judge: "m",
        judgeUrl: "http://b",
        judgeKeyEnv: "K",
        repeat: "1",
        cache: false,
      }),
    ).toEqual({ baseUrl: "http://b", temperature: 0, model: "m", apiKeyEnv: "K", cache: false });
    expect(judgeRequestConfig(config, { judge: "m", repeat: "1", cache: true })).toEqual({
      baseUrl: "http://a",
      temperature: 0,
      model: "m",
    });
  });
});

// A hosted, OpenAI-compatible judge (OpenRouter's shape) on a local HTTP server: the key goes only into
// the Authorization header, never into verdicts or errors; the reported cost is recorded.
import { createServer, type IncomingMessage, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { createRedactor, createSecrets } from "@benchloop/core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createJudge } from "./create-judge.js";
import { ADD_TEST, tempDir } from "./test-support/judge-sim.js";

const KEY = "sk-or-v1-0123456789abcdef";
let server: Server;
let url: string;
const seen: { authorization?: string; body: Record<string, unknown> }[] = [];

async function readBody(req: IncomingMessage): Promise<Record<string, unknown>> {
  let text = "";
  for await (const chunk of req) text += chunk;
  return JSON.parse(text) as Record<string, unknown>;
}

beforeAll(async () => {
  server = createServer(async (req, res) => {
    const body = await readBody(req);
    seen.push({ authorization: req.headers.authorization, body });
    res.setHeader("content-type", "application/json");
    if (body.model === "echo-key") {
      // A misbehaving server that echoes the credentials it got.
      res.statusCode = 401;
      res.end(JSON.stringify({ error: { message: `invalid key ${req.headers.authorization}` } }));
      return;
    }
    res.end(
      JSON.stringify({
        choices: [
          {
            message: { content: JSON.stringify({ reasoning: "fine", scores: { correctness: 8, style: 6 } }) },
            finish_reason: "stop",
          },
        ],
        usage: { prompt_tokens: 321, completion_tokens: 45, cost: 0.00042 },
      }),
    );
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/api/v1`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

function hostedJudge(model: string, cacheDir: string) {
  return createJudge({
    config: { model, backend: "openai", baseUrl: url, apiKeyEnv: "OPENROUTER_API_KEY", cacheDir },
    cwd: cacheDir,
    secrets: createSecrets({ OPENROUTER_API_KEY: KEY }, createRedactor()),
  });
}

describe("a hosted judge", () => {
  it("sends the key as a Bearer token with a strict json_schema, and records tokens and cost", async () => {
    const cache = await tempDir();
    try {
      const verdict = await hostedJudge("openai/gpt-4.1-mini", cache.dir).judge(
        { test: ADD_TEST, passType: "blind", answer: "export const add = (a, b) => a + b;" },
        { signal: new AbortController().signal },
      );
      expect(verdict).toMatchObject({
        status: "ok",
        score: (8 * 3 + 6) / 40,
        tokens: { prompt: 321, completion: 45 },
        costUsd: 0.00042,
      });
      const request = seen.at(-1)!;
      expect(request.authorization).toBe(`Bearer ${KEY}`);
      expect(request.body).toMatchObject({
        model: "openai/gpt-4.1-mini",
        temperature: 0,
        seed: 42,
        response_format: { type: "json_schema", json_schema: { name: "verdict", strict: true } },
        usage: { include: true },
      });
      expect(JSON.stringify(verdict)).not.toContain(KEY);
    } finally {
      await cache.remove();
    }
  });

  it("cuts the key out of an error that echoes it", async () => {
    const cache = await tempDir();
    try {
      const verdict = await hostedJudge("echo-key", cache.dir).judge(
        { test: ADD_TEST, passType: "blind", answer: "x" },
        { signal: new AbortController().signal },
      );
      expect(verdict.status).toBe("judge_error");
      expect(verdict.error).toContain("HTTP 401: invalid key Bearer ***");
      expect(JSON.stringify(verdict)).not.toContain(KEY);
    } finally {
      await cache.remove();
    }
  });
});

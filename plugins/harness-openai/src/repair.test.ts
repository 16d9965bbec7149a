// The repair path of the openai harness against ollama-sim over a real socket: `followUp` sends the
// conversation so far (OpenAI-compatible /v1/chat/completions messages) and the failure report as the last user turn.
import type { FollowUpRequest, Harness } from "@benchloop/core";
import {
  ADD_ANSWER,
  ADD_FLAWED_ANSWER,
  ADD_PROMPT,
  createTestDeps,
  requestFor,
  transcriptLines,
} from "@benchloop/http-harness-kit/testing";
import { useHarnessBench } from "@benchloop/http-harness-kit/testing/suite";
import { describe, expect, it } from "vitest";
import { OpenAiHarnessConfigSchema } from "./config-schema.js";
import { createOpenAiHarness } from "./openai-harness.js";

function harnessFor(server: { url: string }): Harness {
  const testDeps = (config: Record<string, unknown>) =>
    createTestDeps(OpenAiHarnessConfigSchema.parse(config), {});
  return createOpenAiHarness(testDeps({ baseUrl: `${server.url}/v1` }));
}

const bench = useHarnessBench(harnessFor);

const REPORT =
  "Your answer failed 1 of 3 checks:\n\n✗ adds two numbers\n  expected: 5\n  actual:   -1\n\nFix the code. Reply with the complete corrected module.";

function followUpFor(model: string): FollowUpRequest {
  return {
    ...requestFor(model, { prompt: REPORT, system: "You write TypeScript." }),
    history: [
      { role: "user", content: ADD_PROMPT },
      { role: "assistant", content: ADD_FLAWED_ANSWER },
    ],
  };
}

describe("openai harness: repair rounds (followUp)", () => {
  it("sim/repairer answers wrong first, then right once the conversation carries its failing checks", async () => {
    const harness = bench.harness;
    const ctx = await bench.itemContext();
    const first = await harness.generate(
      requestFor("sim/repairer", { system: "You write TypeScript." }),
      ctx,
    );
    expect(first.text).toBe(ADD_FLAWED_ANSWER);
    expect(harness.followUp).toBeTypeOf("function");
    const repaired = await harness.followUp!(followUpFor("sim/repairer"), ctx);
    expect(repaired.text).toBe(ADD_ANSWER);
    expect(repaired.tokens.prompt).toBeGreaterThan(first.tokens.prompt ?? 0);
    // The transcript keeps the request as sent: system, the earlier turns in order, then the report.
    const sent = (await transcriptLines(ctx, repaired)).join("\n");
    const order = [
      "You write TypeScript.",
      "Write a TypeScript function add",
      "a - b",
      "Your answer failed 1 of 3",
    ].map((text) => sent.indexOf(text));
    expect(order.every((at) => at >= 0)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
  });

  it("sim/stubborn gives the same wrong answer after the report", async () => {
    const ctx = await bench.itemContext();
    const repaired = await bench.harness.followUp!(followUpFor("sim/stubborn"), ctx);
    expect(repaired.text).toBe(ADD_FLAWED_ANSWER);
  });
});

// The repair path every conversational HTTP harness shares, as one vitest suite against ollama-sim over
// real sockets: `followUp` sends the conversation so far and the failure report as the last user turn;
// sim/repairer then answers right, sim/stubborn keeps its wrong answer. Part of the streaming suite.
import type { FollowUpRequest, Harness } from "@benchloop/core";
import { describe, expect, it } from "vitest";
import { useHarnessBench } from "./harness-bench.js";
import { transcriptLines } from "./harness-checks.js";
import { ADD_ANSWER, ADD_FLAWED_ANSWER, ADD_PROMPT, requestFor } from "./sim-answers.js";

const SYSTEM = "You write TypeScript.";
const REPORT =
  "Your answer failed 1 of 3 checks:\n\n✗ adds two numbers\n  expected: 5\n  actual:   -1\n\nFix the code. Reply with the complete corrected module.";

function followUpFor(model: string): FollowUpRequest {
  return {
    ...requestFor(model, { prompt: REPORT, system: SYSTEM }),
    history: [
      { role: "user", content: ADD_PROMPT },
      { role: "assistant", content: ADD_FLAWED_ANSWER },
    ],
  };
}

/** Registers the repair-round tests of a harness that implements `followUp`. */
export function describeRepairRounds(name: string, harnessFor: (server: { url: string }) => Harness): void {
  describe(`${name}: repair rounds (followUp)`, () => {
    const bench = useHarnessBench(harnessFor);

    it("sim/repairer answers wrong first, then right once the conversation carries its failing checks", async () => {
      const harness = bench.harness;
      const ctx = await bench.itemContext();
      const first = await harness.generate(requestFor("sim/repairer", { system: SYSTEM }), ctx);
      expect(first.text).toBe(ADD_FLAWED_ANSWER);
      expect(harness.followUp).toBeTypeOf("function");
      const repaired = await harness.followUp!(followUpFor("sim/repairer"), ctx);
      expect(repaired.text).toBe(ADD_ANSWER);
      expect(repaired.tokens.prompt).toBeGreaterThan(first.tokens.prompt ?? 0);
      // The transcript keeps the request as sent: system, the earlier turns in order, then the report.
      const sent = (await transcriptLines(ctx, repaired)).join("\n");
      const order = [SYSTEM, "Write a TypeScript function add", "a - b", "Your answer failed 1 of 3"].map(
        (text) => sent.indexOf(text),
      );
      expect(order.every((at) => at >= 0)).toBe(true);
      expect([...order].sort((a, b) => a - b)).toEqual(order);
    });

    it("sim/stubborn gives the same wrong answer after the report", async () => {
      const ctx = await bench.itemContext();
      const repaired = await bench.harness.followUp!(followUpFor("sim/stubborn"), ctx);
      expect(repaired.text).toBe(ADD_FLAWED_ANSWER);
    });
  });
}

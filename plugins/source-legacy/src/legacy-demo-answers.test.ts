// The demo's answers to the callers and mutation legacy kinds: the oracle passes, the near miss and the
// fallback fail, on both pass types.

import { describe, expect, it } from "vitest";
import type { LegacyCaseData } from "./case-data.js";
import { legacyFlawedAnswers, legacyOracleAnswer } from "./legacy-demo-answers.js";
import { scoreLegacyAnswer } from "./score-legacy.js";

const origin = {
  id: "proj/src/cart.ts/12345678",
  root: "proj",
  path: "src/cart.ts",
  language: "typescript",
  sizeBytes: 100,
  contentHash: "0".repeat(64),
  snippetBytes: 100,
  truncated: false,
};

const CASES: LegacyCaseData[] = [
  {
    kind: "callers",
    case: origin,
    method: "typescript-checker",
    question: "callers",
    target: "src/cart.ts:total",
    shown: ["src/cart.ts", "src/invoice.ts", "src/report.ts"],
    expected: [
      { name: "src/invoice.ts:render" },
      { name: "src/report.ts:summarise" },
      { name: "src/report.ts:weekly" },
    ],
  },
  {
    kind: "callers",
    case: origin,
    method: "typescript-checker",
    question: "impact",
    target: "src/cart.ts:total",
    shown: ["src/cart.ts", "src/invoice.ts", "src/report.ts"],
    expected: [{ name: "src/invoice.ts" }, { name: "src/report.ts" }],
  },
  {
    kind: "mutation",
    case: origin,
    method: "injected",
    operator: "flip < to >=",
    functions: ["cheapest", "isEmpty", "total"],
    expected: { function: "cheapest", line: 18 },
  },
];

describe("demo answers to the callers and mutation kinds", () => {
  for (const data of CASES) {
    for (const passType of ["blind", "informed"] as const) {
      it(`${data.kind} ${data.kind === "callers" ? data.question : ""} ${passType}`, () => {
        expect(scoreLegacyAnswer(data, passType, legacyOracleAnswer(data, passType)).passed).toBe(true);
        const { nearMiss, fallback } = legacyFlawedAnswers(data, passType);
        expect(scoreLegacyAnswer(data, passType, nearMiss).passed).toBe(false);
        expect(scoreLegacyAnswer(data, passType, fallback).passed).toBe(false);
      });
    }
  }
});

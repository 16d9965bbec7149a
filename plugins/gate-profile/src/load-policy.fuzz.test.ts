// Property tests of the gate policy loader: random text, mutations of the shipped policy, random YAML
// values, alias bombs and deep nesting each end in a policy or a clear, named, expected error, never in
// an internal bug (a plain Error, a stack overflow, the yaml library's own exceptions).
import { readFileSync } from "node:fs";
import { BenchloopError } from "@benchloop/core";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { stringify } from "yaml";
import { DEFAULT_POLICY_URL, parsePolicyText } from "./load-policy.js";

const SHIPPED = readFileSync(DEFAULT_POLICY_URL, "utf8");
const RUNS = Number(process.env.BENCHLOOP_FUZZ_RUNS ?? 100);

/** A policy, or the error it was refused with; anything else that is thrown fails the property. */
function outcome(text: string): "policy" | "refused" {
  try {
    parsePolicyText(text, "policy.yaml");
    return "policy";
  } catch (error) {
    if (!BenchloopError.is(error) || !error.expected) throw error;
    expect(error.code).toBe("DOCUMENT_INVALID");
    expect(error.message).toContain("policy.yaml");
    return "refused";
  }
}

/** The shipped policy with one slice replaced by `insert`. */
const mutatedPolicy = fc
  .tuple(fc.nat({ max: SHIPPED.length }), fc.nat({ max: 40 }), fc.string({ maxLength: 20 }))
  .map(([at, cut, insert]) => SHIPPED.slice(0, at) + insert + SHIPPED.slice(at + cut));

describe("parsePolicyText under random input", () => {
  it("any text: a policy or a named error", () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), (text) => void outcome(text)),
      { numRuns: RUNS },
    );
  });

  it("the shipped policy with a slice changed: a policy or a named error", () => {
    fc.assert(
      fc.property(mutatedPolicy, (text) => void outcome(text)),
      { numRuns: RUNS },
    );
  });

  it("any YAML value, and any value at a field of a real policy: a policy or a named error", () => {
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 5 }), (value) => {
        outcome(stringify(value));
        outcome(SHIPPED.replace("minScoreMargin: 0.02", `minScoreMargin: ${JSON.stringify(value)}`));
      }),
      { numRuns: RUNS },
    );
  });

  it("refuses a YAML alias bomb as a damaged document, naming the file", () => {
    const levels = ["a: &a [x, x, x, x, x, x, x, x, x]"];
    for (let level = 1; level < 9; level++) {
      const previous = String.fromCharCode(96 + level);
      const name = String.fromCharCode(97 + level);
      levels.push(`${name}: &${name} [${Array(9).fill(`*${previous}`).join(", ")}]`);
    }
    expect(outcome(`schemaVersion: 1\n${levels.join("\n")}\n`)).toBe("refused");
  });

  it("refuses a policy nested thousands of levels deep, naming the file", () => {
    expect(outcome(`schemaVersion: 1\nname: ${"[".repeat(5000)}${"]".repeat(5000)}\n`)).toBe("refused");
    expect(outcome(`${"- ".repeat(3000)}x\n`)).toBe("refused");
  });
});

// Fair blind prompts: every contract a spec checks beyond the names is stated in the blind prompt or
// marked informed-only in contracts.json, for every test of the catalog (family instances included).
import { describe, expect, it } from "vitest";
import { auditBlindPrompt, isInformedOnlyCheck, listSpecChecks } from "./contracts.js";
import { loadCatalog } from "./load-catalog.js";

describe("the blind prompts of the catalog", () => {
  it("state every contract their spec checks, or mark its checks informed-only", async () => {
    const tests = await loadCatalog();
    expect(tests.flatMap((test) => auditBlindPrompt(test))).toEqual([]);
  });
});

describe("auditBlindPrompt", () => {
  const spec = [
    'describe("f", () => {',
    '  it("adds", () => { expect(f(1)).toBe(2); });',
    '  it("rejects a negative", () => { expect(() => f(-1)).toThrow(RangeError); });',
    "});",
  ].join("\n");

  it("finds a throwing check that no contract covers", () => {
    expect(auditBlindPrompt({ id: "t", prompts: { blind: "Write f." }, spec, contracts: [] })).toEqual([
      't: the check "rejects a negative" expects a throw but no contract in contracts.json covers it; state it in the blind prompt or mark it informed-only',
    ]);
  });

  it("finds a stated contract whose words the blind prompt lacks", () => {
    const contracts = [
      {
        id: "range-error",
        kind: "error-class" as const,
        checks: ["f > rejects a negative"],
        blind: "stated" as const,
        words: ["RangeError"],
      },
    ];
    expect(auditBlindPrompt({ id: "t", prompts: { blind: "Write f." }, spec, contracts })).toEqual([
      't: contract "range-error" is stated but the blind prompt does not say "RangeError"',
    ]);
    expect(
      auditBlindPrompt({
        id: "t",
        prompts: { blind: "Write f; it throws a RangeError for x < 0." },
        spec,
        contracts,
      }),
    ).toEqual([]);
  });

  it("accepts an informed-only contract and names a check the spec lacks", () => {
    const contract = { id: "c", kind: "validation" as const, blind: "informed-only" as const, words: [] };
    expect(
      auditBlindPrompt({
        id: "t",
        prompts: { blind: "Write f." },
        spec,
        contracts: [{ ...contract, checks: ["rejects a negative"] }],
      }),
    ).toEqual([]);
    expect(
      auditBlindPrompt({
        id: "t",
        prompts: { blind: "Write f." },
        spec,
        contracts: [{ ...contract, checks: ["nope"] }],
      }),
    ).toEqual([
      't: contract "c" names a check "nope" the spec does not have',
      't: the check "rejects a negative" expects a throw but no contract in contracts.json covers it; state it in the blind prompt or mark it informed-only',
    ]);
  });
});

describe("listSpecChecks and isInformedOnlyCheck", () => {
  it("reads it titles and matches full names or titles", () => {
    expect(
      listSpecChecks('it("a \\"b\\"", () => {}); test(`c`, () => {});').map((check) => check.title),
    ).toEqual(['a "b"', "c"]);
    expect(isInformedOnlyCheck("f > rejects", ["rejects"])).toBe(true);
    expect(isInformedOnlyCheck("f > rejects", ["f > rejects"])).toBe(true);
    expect(isInformedOnlyCheck("f > rejects more", ["rejects"])).toBe(false);
  });
});

describe("auditBlindPrompt without contracts", () => {
  const spec = 'it("rejects a negative", () => { expect(() => f(-1)).toThrow(RangeError); });';

  it("accepts a check whose error class the blind prompt names", () => {
    expect(
      auditBlindPrompt({
        id: "t",
        prompts: { blind: "f throws a RangeError for negative input." },
        spec,
        contracts: [],
      }),
    ).toEqual([]);
  });

  it("still asks for a contract when a check expects any throw or no throw", () => {
    const loose =
      'it("refuses", () => { expect(() => f(-1)).toThrow(); expect(() => f(1)).not.toThrow(RangeError); });';
    expect(
      auditBlindPrompt({ id: "t", prompts: { blind: "f throws a RangeError." }, spec: loose, contracts: [] }),
    ).toHaveLength(1);
  });
});

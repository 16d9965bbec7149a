// Fair blind prompts: every contract a spec checks beyond the names is stated in the blind prompt or
// marked informed-only in contracts.json, for every test of the catalog (family instances included).
import { describe, expect, it } from "vitest";
import { auditBlindPrompt, listSpecChecks } from "./audit-blind-prompt.js";
import { isInformedOnlyCheck } from "./contracts.js";
import { loadCatalog } from "./load-catalog.js";

describe("the blind prompts of the catalog", () => {
  it("state every contract their spec checks, or mark its checks informed-only", async () => {
    const tests = await loadCatalog();
    expect(tests.flatMap((test) => auditBlindPrompt(test))).toEqual([]);
  });

  it("include every Python test, whose specs the audit reads as Python", async () => {
    const python = (await loadCatalog()).filter((test) => test.language === "python");
    expect(python.length).toBeGreaterThanOrEqual(40);
    const throwing = python.filter((test) =>
      listSpecChecks(test.spec).some((check) => check.body.includes(".to_raise(")),
    );
    expect(throwing.length).toBeGreaterThan(20);
    // Without its contracts, a Python test whose checks read raised errors' fields is flagged.
    const topo = python.find((test) => test.id === "py-topo-sort");
    expect(topo && auditBlindPrompt({ ...topo, contracts: [] }).length).toBeGreaterThan(0);
  });
});

describe("auditBlindPrompt on a Python spec", () => {
  const spec = [
    "from spec import describe, it, expect, catch",
    "from solution import parse, ParseError",
    'with describe("parse"):',
    '    @it("parses")',
    "    def _():",
    '        expect(parse("1")).to_equal(1)',
    "",
    '    @it("rejects a bad number")',
    "    def _():",
    '        expect(lambda: parse("x")).to_raise(ValueError)',
    "",
    '    @it("says where")',
    "    def _():",
    '        expect(catch(lambda: parse("1 x")).column).to_be(3)',
    "",
    '    @it("does not modify its input")',
    "    def _():",
    "        pass",
  ].join("\n");
  const subject = (blind: string) => ({
    id: "p",
    language: "python" as const,
    exports: ["parse", "ParseError"],
    prompts: { blind },
    spec,
    contracts: [],
  });

  it("flags unnamed exception classes, caught errors, unstated immutability and unnamed imports", () => {
    expect(auditBlindPrompt(subject("Write `parse(text)` returning the number."))).toEqual([
      'p: the spec imports "ParseError" but the blind prompt never names it; name it in the blind prompt',
      'p: the check "rejects a bad number" expects a throw but no contract in contracts.json covers it; state it in the blind prompt or mark it informed-only',
      'p: the check "says where" expects a throw but no contract in contracts.json covers it; state it in the blind prompt or mark it informed-only',
      'p: the check "does not modify its input" tests immutability but the blind prompt never says so and no contract in contracts.json covers it; state it in the blind prompt or mark it informed-only',
    ]);
  });

  it("accepts a prompt naming the classes, a contract for the caught error, and immutability in words", () => {
    const blind =
      "Write `parse(text)` and `ParseError`; a bad number raises `ValueError`. The input is not modified.";
    expect(auditBlindPrompt(subject(blind))).toEqual([
      'p: the check "says where" expects a throw but no contract in contracts.json covers it; state it in the blind prompt or mark it informed-only',
    ]);
    const contract = {
      id: "parse-error-column",
      kind: "error-class" as const,
      checks: ["says where"],
      blind: "stated" as const,
      words: ["`column` attribute"],
    };
    expect(auditBlindPrompt({ ...subject(blind), contracts: [contract] })).toEqual([
      'p: contract "parse-error-column" is stated but the blind prompt does not say "`column` attribute"',
    ]);
    expect(
      auditBlindPrompt({
        ...subject(`${blind} \`ParseError\` has a \`column\` attribute.`),
        contracts: [contract],
      }),
    ).toEqual([]);
  });

  it("reads a class name as a whole word, not inside a longer one", () => {
    const blind =
      "Write `parse(text)` and `ParseError`; it raises `MyValueError`. The input is not modified.";
    expect(auditBlindPrompt(subject(blind))).toContain(
      'p: the check "rejects a bad number" expects a throw but no contract in contracts.json covers it; state it in the blind prompt or mark it informed-only',
    );
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

import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { formatPackIssue, type PromptPackTestData, parsePromptPack, toPackId } from "./parse-prompt-pack.js";

const MUNINN_FILE = "ollama_benchmark_prompts.jsonl";
const MUNINN = readFileSync(new URL(`../test/fixtures/muninn/${MUNINN_FILE}`, import.meta.url), "utf8");

function checkSummary(data: unknown): string[] {
  return (data as PromptPackTestData).checks.map((check) => {
    switch (check.kind) {
      case "json":
        return `json:${check.keys.join(",")}`;
      case "contains":
        return `contains:${check.values.join(",")}`;
      case "line-count":
        return `line-count:=${check.exact}`;
      case "word-count":
        return `word-count:>=${check.min}`;
      default:
        return check.kind;
    }
  });
}

describe("parsePromptPack on the Muninn pack", () => {
  const pack = parsePromptPack(MUNINN, MUNINN_FILE);

  it("loads every line with no issues", () => {
    expect(pack.issues).toEqual([]);
    expect(pack.tests).toHaveLength(8);
    expect(pack.packId).toBe("ollama_benchmark_prompts");
  });

  it.each([
    [
      "extraction_schema",
      ["non-empty", "json:goal,constraints,risks,assumptions", "contains:goal,constraints,risks"],
    ],
    ["retrieval_decision", ["non-empty", "contains:runtime,ingestion", "word-count:>=24"]],
    ["code_reasoning", ["non-empty", "code", "contains:def,return"]],
    ["tooling_tradeoff", ["non-empty", "contains:latency,vram", "word-count:>=24"]],
    ["bug_triage", ["non-empty", "contains:root cause,validation,test", "word-count:>=20"]],
    ["security_scope", ["non-empty", "contains:path,allowed,root", "word-count:>=20"]],
    ["compression_summary", ["non-empty", "line-count:=5", "word-count:>=20"]],
    ["consistency_check", ["non-empty", "contains:mitigation", "word-count:>=20"]],
  ])("turns %s into a test with the checks its rubric keys stand for", (lineId, expected) => {
    const test = pack.tests.find((t) => t.id === `ollama_benchmark_prompts/${lineId}`);
    expect(test).toBeDefined();
    expect(checkSummary(test?.data)).toEqual(expected);
    expect(test).toMatchObject({
      version: "1",
      source: "prompt-pack",
      suite: "ollama_benchmark_prompts",
      scorer: "rubric",
    });
  });

  it("keeps the prompt as it is for blind and adds the format rules, not the keywords, for informed", () => {
    const test = pack.tests.find((t) => t.id.endsWith("/extraction_schema"));
    const line = JSON.parse(MUNINN.split("\n")[0] ?? "{}") as { prompt: string };
    expect(test?.prompts.blind).toBe(line.prompt);
    expect(test?.prompts.informed).toBe(
      `${line.prompt}\n\nOutput rules (the answer is checked against each):\n` +
        "- Return only a JSON object with the keys goal, constraints, risks, assumptions, no other text.",
    );
    expect(test?.prompts.informed).not.toContain("Use each of the terms");
    const summary = pack.tests.find((t) => t.id.endsWith("/compression_summary"));
    expect(summary?.prompts.informed).toContain("- Exactly 5 non-empty lines.\n- At least 20 words.");
  });

  it("states the keywords in the informed prompt only when the line asks with state_keywords", () => {
    const line = { id: "k", prompt: "Name two risks.", required_substrings: ["path"], state_keywords: true };
    const told = parsePromptPack(JSON.stringify(line), "k.jsonl").tests[0];
    expect(told?.prompts.informed).toContain('- Use the term "path".');
    const { state_keywords: _told, ...untold } = line;
    expect(parsePromptPack(JSON.stringify(untold), "k.jsonl").tests[0]?.prompts.informed).toBe(
      "Name two risks.",
    );
  });

  it("records the category and the line number", () => {
    const test = pack.tests.find((t) => t.id.endsWith("/bug_triage"));
    expect(test?.tags).toEqual(["debugging"]);
    expect(test?.data).toMatchObject({ category: "debugging", pack: "ollama_benchmark_prompts", line: 5 });
  });
});

describe("parsePromptPack on benchloop lines", () => {
  it("reads explicit checks, separate prompts, role, rubric, version and tags", () => {
    const line = {
      id: "sh-1",
      role: "low_latency",
      version: "3",
      tags: ["shell"],
      prompts: { blind: "List files.", informed: "List files with ls, one line." },
      rubric: "ls or ls -la",
      checks: [{ kind: "regex", pattern: "^ls\\b", weight: 2 }],
    };
    const { tests, issues } = parsePromptPack(JSON.stringify(line), "mine.jsonl", {
      packId: "team",
      suite: "ops",
    });
    expect(issues).toEqual([]);
    expect(tests[0]).toMatchObject({
      id: "team/sh-1",
      version: "3",
      suite: "ops",
      rubric: "ls or ls -la",
      tags: ["role:low_latency", "shell"],
      prompts: { blind: "List files.", informed: "List files with ls, one line." },
    });
    expect((tests[0]?.data as PromptPackTestData | undefined)?.checks).toEqual([
      { kind: "non-empty", weight: 1 },
      { kind: "regex", pattern: "^ls\\b", flags: "", negate: false, weight: 2 },
    ]);
  });

  it("skips blank lines and // comment lines but counts them in line numbers", () => {
    const text = '// a comment\n\n   \n  // indented comment\n{"id":"a","prompt":"p","min_words":2}\n';
    const { tests, issues } = parsePromptPack(text, "p.jsonl");
    expect(issues).toEqual([]);
    expect(tests.map((t) => (t.data as PromptPackTestData).line)).toEqual([5]);
  });

  it("derives the pack id from the file name", () => {
    expect(toPackId("/tmp/My Pack.v2.jsonl")).toBe("my-pack.v2");
    expect(toPackId("packs/ollama_benchmark_prompts.jsonl")).toBe("ollama_benchmark_prompts");
  });
});

describe("parsePromptPack bad lines", () => {
  const line = (fields: Record<string, unknown>) =>
    JSON.stringify({ id: "x", prompt: "p", min_words: 3, ...fields });

  it.each([
    ["line: not JSON", '{"id": "x", prompt: 1}', "", "not valid JSON"],
    ["line: a JSON array", "[1, 2]", "", "a line must be a JSON object"],
    ["id: missing", JSON.stringify({ prompt: "p", min_words: 3 }), "id", "id is required"],
    ["id: uppercase", line({ id: "Bad Id" }), "id", "lowercase letters"],
    ["prompt: missing", JSON.stringify({ id: "x", min_words: 3 }), "prompt", 'add "prompt"'],
    [
      "prompts: given with prompt",
      line({ prompts: { blind: "a", informed: "b" } }),
      "prompts",
      "either prompt or prompts",
    ],
    ["checks: none at all", JSON.stringify({ id: "x", prompt: "p" }), "checks", "no checks"],
    [
      "checks[0].kind: unknown",
      line({ checks: [{ kind: "judge" }] }),
      "checks[0].kind",
      "kind must be one of",
    ],
    [
      "checks[0].pattern: invalid regex",
      line({ checks: [{ kind: "regex", pattern: "(" }] }),
      "checks[0].pattern",
      "not a valid regular expression",
    ],
    [
      "checks[0].flags: global flag",
      line({ checks: [{ kind: "regex", pattern: "a", flags: "g" }] }),
      "checks[0].flags",
      "i, m, s and u",
    ],
    [
      "checks[0].schema.anyOf: unsupported keyword",
      line({ checks: [{ kind: "json-schema", schema: { anyOf: [] } }] }),
      "checks[0].schema.anyOf",
      "not supported",
    ],
    [
      "checks[0].values: empty",
      line({ checks: [{ kind: "contains", values: [] }] }),
      "checks[0].values",
      "at least one string",
    ],
    [
      "checks[0].weight: negative",
      line({ checks: [{ kind: "non-empty", weight: -1 }] }),
      "checks[0].weight",
      "",
    ],
    [
      "checks[0]: line-count without a bound",
      line({ checks: [{ kind: "line-count" }] }),
      "checks[0]",
      "needs exact, min or max",
    ],
    [
      "checks[0].min: above max",
      line({ checks: [{ kind: "word-count", min: 9, max: 2 }] }),
      "checks[0].min",
      "above max",
    ],
    [
      "checks[0].caseSensitiv: misspelt option",
      line({ checks: [{ kind: "contains", values: ["a"], caseSensitiv: true }] }),
      "checks[0].caseSensitiv",
      "unknown key",
    ],
    ["role: unknown profile", line({ role: "fast" }), "role", "low_latency, balanced, high_reasoning"],
    [
      "output_format: unknown",
      line({ output_format: "yaml" }),
      "output_format",
      "json, code, text, markdown",
    ],
    ["min_words: a string", line({ min_words: "twenty" }), "min_words", "a whole number of at least 1"],
    [
      "required_substring: misspelt Muninn key",
      line({ required_substring: ["a"] }),
      "required_substring",
      "unknown key",
    ],
  ])("%s", (_name, text, path, message) => {
    const { tests, issues } = parsePromptPack(`// header\n${text}`, "pack.jsonl");
    expect(tests).toEqual([]);
    expect(issues.map((i) => [i.file, i.line, i.path])).toContainEqual(["pack.jsonl", 2, path]);
    expect(issues.find((i) => i.path === path)?.message).toContain(message);
  });

  it("collects every issue of every line instead of stopping at the first", () => {
    const text = [
      line({ id: "ok" }),
      "{oops",
      line({ id: "two", role: "fast", checks: [{ kind: "line-count" }] }),
      line({ id: "ok" }),
      line({ id: "fine" }),
    ].join("\n");
    const { tests, issues } = parsePromptPack(text, "team.jsonl");
    expect(tests.map((t) => t.id)).toEqual(["team/ok", "team/fine"]);
    expect(issues.map((i) => `${i.line}:${i.path}`)).toEqual(["2:", "3:role", "3:checks[0]", "4:id"]);
    expect(formatPackIssue(issues[0]!)).toMatch(
      /^team\.jsonl:2:2: not valid JSON \(.+\); write one JSON object per line/,
    );
    expect(issues.slice(1).map(formatPackIssue)).toMatchInlineSnapshot(`
      [
        "team.jsonl:3: field \`role\`: role must be one of: low_latency, balanced, high_reasoning",
        "team.jsonl:3: field \`checks[0]\`: a line-count check needs exact, min or max (for example "min": 3)",
        "team.jsonl:4: field \`id\`: id "ok" is already used on line 1; give each line its own id",
      ]
    `);
  });
});

describe("contentHash", () => {
  const line = { id: "a", prompt: "Say hi.", checks: [{ kind: "contains", values: ["hi"] }] };

  it("is the same whatever the key order and whitespace of the line", () => {
    const reordered = `{ "checks": [ { "values": ["hi"], "kind": "contains" } ],   "prompt": "Say hi.", "id": "a" }`;
    const [first] = parsePromptPack(JSON.stringify(line), "p.jsonl").tests;
    const [second] = parsePromptPack(reordered, "p.jsonl").tests;
    expect(first?.contentHash).toMatch(/^[0-9a-f]{64}$/);
    expect(second?.contentHash).toBe(first?.contentHash);
  });

  it("is the same for the same line on another line number or in another pack", () => {
    const [first] = parsePromptPack(JSON.stringify(line), "p.jsonl").tests;
    const [moved] = parsePromptPack(`\n// moved down\n${JSON.stringify(line)}`, "q.jsonl").tests;
    expect(moved?.contentHash).toBe(first?.contentHash);
  });

  it("changes when the prompt, a check or the version changes", () => {
    const hashOf = (value: object) => parsePromptPack(JSON.stringify(value), "p.jsonl").tests[0]?.contentHash;
    const base = hashOf(line);
    expect(hashOf({ ...line, prompt: "Say hello." })).not.toBe(base);
    expect(hashOf({ ...line, checks: [{ kind: "contains", values: ["hi"], weight: 2 }] })).not.toBe(base);
    expect(hashOf({ ...line, version: "2" })).not.toBe(base);
  });

  it('"repair": true marks the test repairable and keeps its content hash (its answers stay cached)', () => {
    const [plain] = parsePromptPack(JSON.stringify(line), "p.jsonl").tests;
    const [repairable] = parsePromptPack(JSON.stringify({ ...line, repair: true }), "p.jsonl").tests;
    expect(plain?.repair).toBeUndefined();
    expect(repairable?.repair).toBe(true);
    expect(repairable?.contentHash).toBe(plain?.contentHash);
    const refused = parsePromptPack(JSON.stringify({ ...line, repair: "yes" }), "p.jsonl");
    expect(refused.issues.map((i) => i.path)).toEqual(["repair"]);
  });

  it("is stable across parses of the Muninn pack", () => {
    const first = parsePromptPack(MUNINN, MUNINN_FILE).tests.map((t) => t.contentHash);
    const second = parsePromptPack(MUNINN, MUNINN_FILE).tests.map((t) => t.contentHash);
    expect(second).toEqual(first);
    expect(new Set(first).size).toBe(8);
  });
});

import { ScoreSchema } from "@benchloop/core";
import { describe, expect, it } from "vitest";
import type { CaseOrigin, LegacyCaseData } from "./case-data.js";
import { PASS_THRESHOLD, scoreLegacyAnswer } from "./score-legacy.js";

const origin: CaseOrigin = {
  id: "shop/src/app.ts/12345678",
  root: "shop",
  path: "src/app.ts",
  language: "typescript",
  sizeBytes: 700,
  contentHash: "0".repeat(64),
  snippetBytes: 700,
  truncated: false,
};

const structure: LegacyCaseData = {
  kind: "structure",
  case: origin,
  method: "typescript",
  symbols: [
    { name: "DEFAULT_PORT" },
    { name: "ServerOptions" },
    { name: "default", aliases: ["startShopServer"] },
    { name: "startShopServer" },
  ],
};

const dependencies: LegacyCaseData = {
  kind: "dependencies",
  case: origin,
  method: "typescript",
  modules: [{ name: "./orders/pricing.js" }, { name: "node:http", aliases: ["http"] }],
};

const summary: LegacyCaseData = {
  kind: "summary",
  case: origin,
  method: "tf-idf",
  identifiers: ["DEFAULT_PORT", "ServerOptions", "priceOrder", "startShopServer"],
};

// Every identifier the file holds, as a stuffing answer would dump them.
const FILE_NAMES = [
  "DEFAULT_PORT",
  "ServerOptions",
  "priceOrder",
  "startShopServer",
  "createServer",
  "hiddenHelper",
  "visibleHelper",
  "orderLines",
  "response",
  "request",
  "listen",
  "port",
  "Order",
  "server",
  "options",
];

const GOOD_SUMMARY = JSON.stringify({
  summary:
    "This module starts the shop's HTTP server. startShopServer listens on the port given in ServerOptions (DEFAULT_PORT is 8080) and answers every request with the price of a demo order computed by priceOrder.",
  entities: ["startShopServer", "ServerOptions", "DEFAULT_PORT", "priceOrder"],
  risks: ["Every request prices the same demo order, so real orders are never read."],
  action_items: ["Parse the order from the request body before pricing it."],
});

function check(score: ReturnType<typeof scoreLegacyAnswer>, name: string) {
  const found = score.checks.find((c) => c.name === name);
  if (!found) throw new Error(`no check ${name} in ${score.checks.map((c) => c.name).join(", ")}`);
  return found;
}

describe("scoreLegacyAnswer", () => {
  it("scores a correct structure answer 1.0 on both pass types", () => {
    const answer = JSON.stringify({
      symbols: ["DEFAULT_PORT", "ServerOptions", "default", "startShopServer"],
    });
    for (const passType of ["blind", "informed"] as const) {
      const score = scoreLegacyAnswer(structure, passType, answer);
      expect(ScoreSchema.parse(score)).toEqual(score);
      expect(score).toMatchObject({ scorer: "legacy", scorerVersion: "1", passed: true, value: 1 });
    }
  });

  it("scores a correct dependencies answer 1.0, accepting `http` for `node:http`", () => {
    const score = scoreLegacyAnswer(dependencies, "informed", '{"modules": ["./orders/pricing.js", "http"]}');
    expect(score.value).toBe(1);
    expect(score.passed).toBe(true);
  });

  it("scores a correct summary answer 1.0", () => {
    const score = scoreLegacyAnswer(summary, "informed", GOOD_SUMMARY);
    expect(score.checks.filter((c) => !c.passed)).toEqual([]);
    expect(score.value).toBe(1);
    expect(score.passed).toBe(true);
  });

  it("gives an empty-valued summary JSON 0 on coverage and fails it", () => {
    const empty = JSON.stringify({ summary: "", entities: [], risks: [], action_items: [] });
    const score = scoreLegacyAnswer(summary, "informed", empty);
    expect(check(score, "identifier coverage")).toMatchObject({
      passed: false,
      actual: { score: 0, found: [] },
    });
    expect(check(score, "non-empty values")).toMatchObject({ passed: false, actual: { score: 0 } });
    expect(score.passed).toBe(false);
    expect(score.value).toBeLessThan(0.2);
  });

  it("never counts JSON key names as identifiers", () => {
    const keysOnly = { ...summary, identifiers: ["summary", "entities", "risks", "action_items"] };
    const answer = JSON.stringify({ summary: "x", entities: ["y"], risks: ["z"], action_items: ["w"] });
    expect(
      check(scoreLegacyAnswer(keysOnly, "informed", answer), "identifier coverage").actual,
    ).toMatchObject({
      score: 0,
    });
  });

  it("scores a keyword-stuffed summary low even though it names every identifier", () => {
    const stuffed = JSON.stringify({
      summary: [
        ...FILE_NAMES,
        ...FILE_NAMES.map((n) => `${n}Handler`),
        ...FILE_NAMES.map((n) => `use${n}`),
      ].join(" "),
      entities: [...FILE_NAMES, ...FILE_NAMES.map((n) => `${n}_impl`)],
      risks: FILE_NAMES.map((n) => `${n}Risk`),
      action_items: FILE_NAMES.map((n) => `fix_${n}`),
    });
    const score = scoreLegacyAnswer(summary, "informed", stuffed);
    expect(check(score, "identifier coverage").actual).toMatchObject({ found: summary.identifiers });
    expect(check(score, "prose summary").passed).toBe(false);
    expect(check(score, "length").passed).toBe(false);
    expect(score.passed).toBe(false);
    expect(score.value).toBeLessThan(0.4);
  });

  it("scores a keyword-stuffed symbol list low: recall is full, precision is not", () => {
    const score = scoreLegacyAnswer(structure, "informed", JSON.stringify({ symbols: FILE_NAMES }));
    expect(check(score, "recall").actual).toMatchObject({ score: 1 });
    expect(score.passed).toBe(false);
    expect(score.value).toBeLessThan(0.5);
  });

  it("scores a prose non-answer to a list question 0", () => {
    const score = scoreLegacyAnswer(
      structure,
      "blind",
      "This file sets up a server and exports several things.",
    );
    expect(score.value).toBe(0);
  });

  it("blind pass: reads backticked names and bullet lists, and does not require JSON", () => {
    const bullets =
      "The file exports:\n- `DEFAULT_PORT` (constant)\n- `ServerOptions`\n- `startShopServer()` — also the default export\n";
    const score = scoreLegacyAnswer(structure, "blind", bullets);
    expect(check(score, "json keys symbols")).toMatchObject({ passed: false, weight: 0 });
    expect(check(score, "recall").actual).toMatchObject({ score: 1 });
    expect(score.value).toBe(1);
  });

  it("informed pass: JSON in a fence or after thinking still counts, and the JSON check weighs 1", () => {
    const answer =
      '<think>exports…</think>\n```json\n{"symbols": ["DEFAULT_PORT", "ServerOptions", "startShopServer"]}\n```';
    const score = scoreLegacyAnswer(structure, "informed", answer);
    expect(check(score, "json keys symbols")).toMatchObject({ passed: true, weight: 1 });
    expect(score.value).toBe(1);
  });

  it("passes at the documented threshold", () => {
    expect(PASS_THRESHOLD).toBe(0.7);
    const partial = scoreLegacyAnswer(
      structure,
      "informed",
      JSON.stringify({ symbols: ["DEFAULT_PORT", "ServerOptions"] }),
    );
    // precision 1, recall 2/4 → F1 0.6667 → value (1 + 4 × 0.6667) / 5
    expect(partial.value).toBeCloseTo(0.7333, 3);
    expect(partial.passed).toBe(true);
  });
});

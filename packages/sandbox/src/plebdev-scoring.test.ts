// Real answers from the plebdev-bench fixture go through extraction and the sandbox end to end.
import { readFileSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { extractCode } from "./extract-code.js";
import { createSandboxPool } from "./sandbox-pool.js";
import type { SandboxPool } from "./sandbox-types.js";

const answers = (
  JSON.parse(readFileSync(new URL("../test/fixtures/plebdev-answers.json", import.meta.url), "utf8")) as {
    items: Array<{ id: string; output: string }>;
  }
).items;

const SMOKE_SPEC = `import { add } from "./solution";
describe("add", () => {
  it("adds two positives", () => { expect(add(2, 3)).toBe(5); });
  it("adds negatives", () => { expect(add(-2, -3)).toBe(-5); });
  it("adds decimals", () => { expect(add(0.1, 0.2)).toBeCloseTo(0.3); });
});`;
const CALCULATOR_SPEC = `import { add, subtract, multiply, divide } from "./solution";
describe("calculator", () => {
  it("adds", () => { expect(add(2, 3)).toBe(5); });
  it("subtracts", () => { expect(subtract(2, 3)).toBe(-1); });
  it("multiplies", () => { expect(multiply(2, 3)).toBe(6); });
  it("divides", () => { expect(divide(6, 3)).toBe(2); });
  it("divides by zero to Infinity", () => { expect(divide(1, 0)).toBe(Infinity); });
});`;

const STATEFUL_SPEC = `import { createCalculator } from "./solution";
describe("createCalculator", () => {
  it("chains", () => { expect(createCalculator().add(2).multiply(3).result()).toBe(6); });
});`;

let pool: SandboxPool;

beforeAll(() => {
  pool = createSandboxPool({ size: 2 });
});

afterAll(async () => {
  await pool.close();
});

async function scoreAnswer(id: string, spec: string, exports: string[]) {
  const output = answers.find((answer) => answer.id === id)?.output ?? "";
  const extracted = extractCode(output, { language: "typescript", exports });
  if (!extracted.ok) return { extracted, result: undefined };
  const result = await pool.run({
    solutionSource: extracted.code,
    solutionLanguage: extracted.language,
    specSource: spec,
    exports,
  });
  return { extracted, result };
}

describe("scoring plebdev-bench answers", () => {
  it.each(["01", "266", "329"])("answer %s passes the smoke spec", async (id) => {
    const { result } = await scoreAnswer(id, SMOKE_SPEC, ["add"]);
    expect(result?.checks.map((check) => check.passed)).toEqual([true, true, true]);
  });

  it.each(["115", "267"])("answer %s passes the basic calculator spec", async (id) => {
    const { result } = await scoreAnswer(id, CALCULATOR_SPEC, ["add", "subtract", "multiply", "divide"]);
    expect(result?.failure).toBeUndefined();
    expect(result?.checks.every((check) => check.passed)).toBe(true);
  });

  it("answer 99 (functions inside a namespace) fails as missing_export", async () => {
    const { result } = await scoreAnswer("99", CALCULATOR_SPEC, ["add", "subtract", "multiply", "divide"]);
    expect(result?.failure?.type).toBe("missing_export");
  });

  it("answer 93 (imports a class it then shadows) loads, and its checks fail on the missing class", async () => {
    // TypeScript drops the import, as the local function shadows it; the class is then undefined at call time.
    const { result } = await scoreAnswer("93", STATEFUL_SPEC, ["createCalculator"]);
    expect(result?.loaded).toBe(true);
    expect(result?.checks[0]).toMatchObject({
      passed: false,
      error: "ReferenceError: Calculator is not defined",
    });
  });

  it("answer 89 (narrated thoughts) never reaches the sandbox: no_code", async () => {
    const { extracted, result } = await scoreAnswer("89", SMOKE_SPEC, ["add"]);
    expect(extracted).toMatchObject({ ok: false, type: "no_code" });
    expect(result).toBeUndefined();
  });
});

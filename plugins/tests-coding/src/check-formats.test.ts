// Format mutants through the real sandbox: each shipped one passes as a blind answer, and a module
// in a form the prompt does not allow is reported.
import { createSandboxPool, type SandboxPool } from "@benchloop/sandbox";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { checkFormats, toFormatAnswer } from "./check-formats.js";
import type { CodingTest } from "./coding-test.js";
import { loadCatalog } from "./load-catalog.js";

let pool: SandboxPool;
let catalog: CodingTest[];

beforeAll(async () => {
  pool = createSandboxPool({ size: 2 });
  catalog = await loadCatalog();
});

afterAll(async () => {
  await pool.close();
});

describe("checkFormats", () => {
  it("passes every format mutant of the folder tests as a blind answer", async () => {
    const withFormats = catalog.filter((test) => test.formats.length > 0);
    expect(withFormats.map((test) => test.id)).toEqual(
      expect.arrayContaining([
        "smoke",
        "calculator-basic",
        "interval-merge",
        "lru-cache",
        "todo-app",
        "hard-undo-redo",
        "py-roman-numerals",
        "py-bank-account",
        "py-min-stack",
        "py-order-workflow",
      ]),
    );
    const outcomes = (await Promise.all(withFormats.map((test) => checkFormats(pool, test)))).flat();
    expect(outcomes.filter((outcome) => !outcome.passed)).toEqual([]);
  }, 120_000);

  it("reports a default export where the blind prompt asks for named exports", async () => {
    const smoke = catalog.find((test) => test.id === "smoke") as CodingTest;
    const strict: CodingTest = {
      ...smoke,
      prompts: { ...smoke.prompts, blind: `${smoke.prompts.blind}\nUse a named export.` },
    };
    const [outcome] = await checkFormats(pool, { ...strict, formats: smoke.formats.slice(0, 1) });
    expect(outcome).toMatchObject({
      name: "default-arrow",
      passed: false,
      failure: { type: "missing_export" },
    });
  });

  it("reports a Python module that keeps the functions on a class where the prompt asks for functions", async () => {
    const roman = catalog.find((test) => test.id === "py-roman-numerals") as CodingTest;
    const bound = roman.formats.find((format) => format.name === "staticmethods-bound");
    expect(bound).toBeDefined();
    const unbound = (bound?.source ?? "").replace(/^(to|from)_roman = Roman\.\w+$/gm, "");
    expect(unbound).not.toBe(bound?.source);
    const [outcome] = await checkFormats(pool, { ...roman, formats: [{ name: "unbound", source: unbound }] });
    expect(outcome).toMatchObject({ name: "unbound", passed: false, failure: { type: "missing_export" } });
  });
});

describe("toFormatAnswer", () => {
  it("fences a TypeScript module, and puts prose around a fenced Python one", () => {
    expect(toFormatAnswer("typescript", "export const a = 1;\n")).toBe(
      "```typescript\nexport const a = 1;\n```",
    );
    const python = toFormatAnswer("python", "A = 1\n");
    expect(python).toContain("\n\n```python\nA = 1\n```\n\n");
    expect(python.startsWith("```")).toBe(false);
    expect(python.endsWith("```")).toBe(false);
  });
});

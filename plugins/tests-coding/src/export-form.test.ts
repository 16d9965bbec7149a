// Export form as the prompts allow it: a default export is accepted where the prompt does not ask for
// named exports (blind prompts), refused where it does (informed prompts).
import { createSandboxPool, type SandboxPool } from "@benchloop/sandbox";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { CodingTest } from "./coding-test.js";
import { acceptsDefaultExport, adaptDefaultExport } from "./export-form.js";
import { loadCatalog } from "./load-catalog.js";
import { scoreCodingAnswer } from "./score-coding-answer.js";

let pool: SandboxPool;
let catalog: Map<string, CodingTest>;

beforeAll(async () => {
  pool = createSandboxPool({ size: 2 });
  catalog = new Map((await loadCatalog()).map((test) => [test.id, test]));
});

afterAll(async () => {
  await pool.close();
});

function test(id: string): CodingTest {
  const found = catalog.get(id);
  if (!found) throw new Error(`no catalog test ${id}`);
  return found;
}

const fenced = (code: string) => `\`\`\`ts\n${code}\n\`\`\``;

describe("scoring a default export", () => {
  it("passes `export default function add` on blind smoke, whose prompt does not ask for a named export", async () => {
    const answer = fenced("export default function add(a: number, b: number): number {\n  return a + b;\n}");
    const score = await scoreCodingAnswer(test("smoke"), answer, "blind", pool);
    expect(score.failure).toBeUndefined();
    expect(score.checkRate).toBe(1);
    expect(score.passed).toBe(true);
  });

  it("passes an anonymous default arrow function on blind smoke", async () => {
    const score = await scoreCodingAnswer(
      test("smoke"),
      fenced("const sum = (a: number, b: number) => a + b;\nexport default sum;"),
      "blind",
      pool,
    );
    expect(score.passed).toBe(true);
  });

  it("passes a default object holding the functions on blind calculator-basic", async () => {
    const code = [
      "const add = (a: number, b: number) => a + b;",
      "const subtract = (a: number, b: number) => a - b;",
      "const multiply = (a: number, b: number) => a * b;",
      "const divide = (a: number, b: number) => a / b;",
      "export default { add, subtract, multiply, divide };",
    ].join("\n");
    const score = await scoreCodingAnswer(test("calculator-basic"), fenced(code), "blind", pool);
    expect(score.passed).toBe(true);
  });

  it("still fails a default export on informed smoke, whose prompt says not to use one", async () => {
    const answer = fenced("export default function add(a: number, b: number): number {\n  return a + b;\n}");
    const score = await scoreCodingAnswer(test("smoke"), answer, "informed", pool);
    expect(score.passed).toBe(false);
    expect(score.failure?.type).toBe("missing_export");
  });
});

describe("acceptsDefaultExport", () => {
  it("reads whether a prompt asks for named exports", () => {
    expect(acceptsDefaultExport("Write a module that exports a function `add(a, b)`.")).toBe(true);
    expect(acceptsDefaultExport("... with a named export `mergeIntervals`.")).toBe(false);
    expect(acceptsDefaultExport("Do not use a default export.")).toBe(false);
    expect(acceptsDefaultExport("Use named exports only.")).toBe(false);
  });
});

describe("adaptDefaultExport", () => {
  it("leaves a module with its named exports unchanged", () => {
    const code = "export function add(a: number, b: number) { return a + b; }";
    expect(adaptDefaultExport(code, ["add"])).toBe(code);
  });

  it("turns a named default function into a named export of the required name", () => {
    expect(adaptDefaultExport("export default function plus(a, b) { return a + b; }", ["add"])).toBe(
      "function plus(a, b) { return a + b; }\nexport { plus as add, plus as default };",
    );
  });

  it("leaves a default interface alone: it declares no value", () => {
    const code = "export default interface Adder { add(a: number, b: number): number }";
    expect(adaptDefaultExport(code, ["add"])).toBe(code);
  });

  it("reads each name from a default object when several are required", () => {
    expect(adaptDefaultExport("export default { add, sub };", ["add", "sub"])).toBe(
      [
        "const __benchloopDefault = { add, sub };",
        "const __benchloopDefault_add = __benchloopDefault.add;",
        "const __benchloopDefault_sub = __benchloopDefault.sub;",
        "export { __benchloopDefault_add as add, __benchloopDefault_sub as sub, __benchloopDefault as default };",
      ].join("\n"),
    );
  });

  it("leaves a module without a default export unchanged", () => {
    const code = "export const sum = 1;";
    expect(adaptDefaultExport(code, ["add"])).toBe(code);
  });
});

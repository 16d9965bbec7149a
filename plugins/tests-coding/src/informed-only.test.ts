// Informed-only contracts: a blind answer is not scored on checks its prompt never asked for; an
// informed answer still is.
// biome-ignore-all lint/suspicious/noTemplateCurlyInString: the strings are TypeScript source with template literals, written into generated modules.
import { createSandboxPool, type SandboxPool } from "@benchloop/sandbox";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { CodingTest } from "./coding-test.js";
import { CodingTestDataSchema } from "./coding-test-data.js";
import { toBenchTest } from "./coding-test-source.js";
import { loadCatalog } from "./load-catalog.js";
import { scoreCodingAnswer } from "./score-coding-answer.js";

let pool: SandboxPool;
let todoApp: CodingTest;

beforeAll(async () => {
  pool = createSandboxPool({ size: 2 });
  todoApp = (await loadCatalog()).find((test) => test.id === "todo-app") as CodingTest;
});

afterAll(async () => {
  await pool.close();
});

/** The reference, except that toggling an unknown id throws — a contract only the informed prompt states. */
function throwingToggle(): string {
  const reference = todoApp.reference.replace(
    "if (todo) todo.completed = !todo.completed;",
    "if (!todo) throw new Error(`no todo ${id}`);\n      todo.completed = !todo.completed;",
  );
  expect(reference).not.toBe(todoApp.reference);
  return `\`\`\`ts\n${reference}\n\`\`\``;
}

describe("informed-only checks", () => {
  it("leave a blind answer unscored on the unstated contract", async () => {
    const score = await scoreCodingAnswer(todoApp, throwingToggle(), "blind", pool);
    expect(score.passed).toBe(true);
    expect(score.checks.some((check) => check.name.endsWith("ignores an unknown id"))).toBe(false);
  });

  it("still count for an informed answer", async () => {
    const score = await scoreCodingAnswer(todoApp, throwingToggle(), "informed", pool);
    expect(score.passed).toBe(false);
    expect(score.checks.filter((check) => !check.passed).map((check) => check.name)).toEqual([
      "toggleTodo > ignores an unknown id",
    ]);
  });

  it("travel in the test's data, so the scorer needs no catalog", () => {
    const data = CodingTestDataSchema.parse(toBenchTest(todoApp).data);
    expect(data.informedOnlyChecks).toEqual([
      "ignores an unknown id",
      "returns a new array that the caller may change",
    ]);
    const smokeData = CodingTestDataSchema.parse(toBenchTest({ ...todoApp, contracts: [] }).data);
    expect(smokeData.informedOnlyChecks).toBeUndefined();
  });
});

describe("smoke tests", () => {
  it("are smoke and calculator-basic, marked so in the tests a run plans with", async () => {
    const catalog = await loadCatalog();
    expect(catalog.filter((test) => test.smoke).map((test) => test.id)).toEqual([
      "calculator-basic",
      "smoke",
    ]);
    for (const test of catalog) expect(toBenchTest(test).smoke).toBe(test.smoke ? true : undefined);
  });
});

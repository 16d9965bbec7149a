// The spec runner seen from the caller: specs in describe/it/expect style run against real sandbox
// processes, every check recorded, a fresh module instance per check, failures classified.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createSandboxPool } from "./sandbox-pool.js";
import type { SandboxJob, SandboxPool, SandboxResult } from "./sandbox-types.js";

let pool: SandboxPool;

beforeAll(() => {
  pool = createSandboxPool({ size: 2, limits: { checkTimeoutMs: 1_000 } });
});

afterAll(async () => {
  await pool.close();
});

function score(
  solutionSource: string,
  specSource: string,
  options: Partial<Omit<SandboxJob, "solutionSource" | "specSource">> = {},
): Promise<SandboxResult> {
  return pool.run({
    solutionSource,
    specSource,
    solutionLanguage: options.solutionLanguage ?? "typescript",
    exports: options.exports ?? [],
    ...(options.interfaceSource !== undefined ? { interfaceSource: options.interfaceSource } : {}),
    ...(options.limits ? { limits: options.limits } : {}),
  });
}

function passedByName(result: SandboxResult): Record<string, boolean> {
  return Object.fromEntries(result.checks.map((check) => [check.name, check.passed]));
}

describe("spec runner", () => {
  it("records every check as 'describe > it', passed or not", async () => {
    const result = await score(
      "export const add = (a: number, b: number) => a + b;",
      `import { add } from "./solution";
describe("add", () => {
  it("adds", () => { expect(add(1, 2)).toBe(3); });
  describe("negatives", () => {
    it("adds them", () => { expect(add(-1, -2)).toBe(-3); });
    it("is wrong on purpose", () => { expect(add(-1, -2)).toBe(3); });
  });
});
it("runs outside any describe", () => { expect(add(0, 0)).toBe(0); });`,
      { exports: ["add"] },
    );
    expect(result.loaded).toBe(true);
    expect(passedByName(result)).toEqual({
      "add > adds": true,
      "add > negatives > adds them": true,
      "add > negatives > is wrong on purpose": false,
      "runs outside any describe": true,
    });
    expect(result.checks[2]).toMatchObject({ expected: 3, actual: -3, error: "expected -3 to be 3" });
  });

  it("gives every check a fresh module instance, so state never leaks between checks", async () => {
    const result = await score(
      `let count = 0;
const todos: string[] = [];
export function increment() { return ++count; }
export function addTodo(text: string) { todos.push(text); return todos.length; }`,
      `import { increment, addTodo } from "./solution";
describe("state", () => {
  it("first", () => { expect(increment()).toBe(1); expect(increment()).toBe(2); expect(addTodo("a")).toBe(1); });
  it("second", () => { expect(increment()).toBe(1); expect(addTodo("b")).toBe(1); });
  it("third", () => { expect(increment()).toBe(1); });
});`,
      { exports: ["increment", "addTodo"] },
    );
    expect(result.checks.map((check) => check.passed)).toEqual([true, true, true]);
  });

  it("compares deeply without caring about key order, and toEqual ignores undefined properties", async () => {
    const result = await score(
      `export function make() { return { b: [1, { d: 4, c: 3 }], a: 1, gone: undefined }; }`,
      `import { make } from "./solution";
describe("equality", () => {
  it("toEqual is key-order independent", () => { expect(make()).toEqual({ a: 1, b: [1, { c: 3, d: 4 }] }); });
  it("toStrictEqual counts undefined properties", () => { expect(make()).toStrictEqual({ a: 1, b: [1, { c: 3, d: 4 }] }); });
  it("toEqual compares Maps, Sets and Dates", () => {
    expect(new Map([["x", new Set([1, 2])]])).toEqual(new Map([["x", new Set([2, 1])]]));
    expect(new Date(0)).toEqual(new Date(0));
    expect(new Date(0)).not.toEqual(new Date(1));
  });
  it("toEqual sees a different array length", () => { expect([1, 2]).toEqual([1, 2, 3]); });
});`,
      { exports: ["make"] },
    );
    expect(passedByName(result)).toEqual({
      "equality > toEqual is key-order independent": true,
      "equality > toStrictEqual counts undefined properties": false,
      "equality > toEqual compares Maps, Sets and Dates": true,
      "equality > toEqual sees a different array length": false,
    });
  });

  it("asserts calls that return undefined, and renders undefined, NaN, Infinity and functions as JSON-safe text", async () => {
    const result = await score(
      `export function nothing(): void {}
export function divide(a: number, b: number) { return a / b; }`,
      `import { nothing, divide } from "./solution";
describe("values", () => {
  it("undefined can be asserted", () => { expect(nothing()).toBeUndefined(); expect(nothing()).not.toBeDefined(); });
  it("undefined vs a number", () => { expect(nothing()).toBe(0); });
  it("Infinity vs NaN", () => { expect(divide(1, 0)).toBe(Number.NaN); });
  it("a function vs -0", () => { expect(divide).toEqual(-0); });
  it("nested", () => { expect({ value: divide(0, 0), list: [undefined, -Infinity] }).toEqual(null); });
});`,
      { exports: ["nothing", "divide"] },
    );
    const [undefinedOk, undefinedVsNumber, infinity, fn, nested] = result.checks;
    expect(undefinedOk?.passed).toBe(true);
    expect(undefinedVsNumber).toMatchObject({ passed: false, expected: 0, actual: "[undefined]" });
    expect(infinity).toMatchObject({ expected: "[NaN]", actual: "[Infinity]" });
    expect(fn).toMatchObject({ expected: "[-0]", actual: "[Function: divide]" });
    expect(nested).toMatchObject({
      expected: null,
      actual: { value: "[NaN]", list: ["[undefined]", "[-Infinity]"] },
    });
    expect(JSON.parse(JSON.stringify(result.checks))).toEqual(result.checks);
  });

  it("runs async checks, with resolves and rejects", async () => {
    const result = await score(
      `export async function load(ok: boolean) { await new Promise((r) => setTimeout(r, 5)); if (!ok) throw new TypeError("no data"); return { rows: 2 }; }`,
      `import { load } from "./solution";
describe("async", () => {
  it("awaits", async () => { expect(await load(true)).toEqual({ rows: 2 }); });
  it("resolves", async () => { await expect(load(true)).resolves.toEqual({ rows: 2 }); });
  it("rejects", async () => { await expect(load(false)).rejects.toThrow("no data"); await expect(load(false)).rejects.toBeInstanceOf(TypeError); });
  it("rejects, but it resolved", async () => { await expect(load(true)).rejects.toThrow(); });
  it("resolves.not", async () => { await expect(load(true)).resolves.not.toBeNull(); });
});`,
      { exports: ["load"] },
    );
    expect(result.checks.map((check) => check.passed)).toEqual([true, true, true, false, true]);
    expect(result.checks[3]?.error).toContain("expected the promise to reject");
  });

  it("stops an async check at its own timeout (the third argument of it) and goes on", async () => {
    const result = await score(
      `export function never() { return new Promise(() => {}); }`,
      `import { never } from "./solution";
describe("timeouts", () => {
  it("waits forever", async () => { await never(); }, 150);
  it("still runs", () => { expect(true).toBeTruthy(); });
});`,
      { exports: ["never"] },
    );
    expect(result.checks[0]).toMatchObject({ passed: false, failureType: "timeout" });
    expect(result.checks[0]?.error).toContain("150 ms");
    expect(result.checks[1]?.passed).toBe(true);
    expect(result.processes).toBe(1);
  });

  it("supports the jest-like matchers specs use", async () => {
    const result = await score(
      `export class Stack { items: number[] = []; push(n: number) { this.items.push(n); return this; } pop() { if (!this.items.length) throw new RangeError("empty stack"); return this.items.pop(); } }`,
      `import { Stack } from "./solution";
describe("matchers", () => {
  it("toBeNull/toBeTruthy/toBeFalsy", () => { expect(null).toBeNull(); expect(1).toBeTruthy(); expect("").toBeFalsy(); });
  it("toBeCloseTo", () => { expect(0.1 + 0.2).toBeCloseTo(0.3); expect(0.1 + 0.2).toBeCloseTo(0.3, 10); expect(1.005).not.toBeCloseTo(1.1); });
  it("comparisons", () => { expect(3).toBeGreaterThan(2); expect(3).toBeGreaterThanOrEqual(3); expect(2).toBeLessThan(3); expect(2).toBeLessThanOrEqual(2); });
  it("toContain/toHaveLength", () => { expect([1, 2, 3]).toContain(2); expect("benchloop").toContain("loop"); expect([1, 2]).toHaveLength(2); expect("abc").toHaveLength(3); });
  it("toThrow", () => {
    const stack = new Stack();
    expect(() => stack.pop()).toThrow();
    expect(() => stack.pop()).toThrow("empty");
    expect(() => stack.pop()).toThrow(/^empty stack$/);
    expect(() => stack.pop()).toThrow(RangeError);
    expect(() => stack.push(1)).not.toThrow();
  });
  it("toBeInstanceOf/toMatch", () => { expect(new Stack()).toBeInstanceOf(Stack); expect("2024-01-02").toMatch(/^\\d{4}-\\d{2}-\\d{2}$/); });
  it("toMatchObject/toHaveProperty/asymmetric", () => {
    expect({ id: 1, text: "a", done: false }).toMatchObject({ text: "a" });
    expect({ a: { b: 2 } }).toHaveProperty("a.b", 2);
    expect({ id: 7, at: "x" }).toEqual({ id: expect.any(Number), at: expect.anything() });
    expect([3, 1, 2]).toEqual(expect.arrayContaining([1, 3]));
  });
  it("a failing toThrow records what was thrown", () => { expect(() => new Stack().pop()).toThrow("full"); });
});`,
      { exports: ["Stack"] },
    );
    expect(result.checks.slice(0, -1).every((check) => check.passed)).toBe(true);
    expect(result.checks.at(-1)).toMatchObject({
      passed: false,
      expected: "full",
      actual: "RangeError: empty stack",
    });
  });

  it("runs beforeEach and afterEach around each check, wherever they are written in the block", async () => {
    const result = await score(
      `export function createCounter() { let n = 0; return { inc() { n++; return this; }, value: () => n }; }`,
      `import { createCounter } from "./solution";
describe("counter", () => {
  let counter: ReturnType<typeof createCounter>;
  const log: string[] = [];
  it("starts at one after beforeEach", () => { expect(counter.value()).toBe(1); log.push("it1"); });
  beforeEach(() => { counter = createCounter().inc(); log.push("before"); });
  afterEach(() => { log.push("after"); });
  it("sees the hooks in order", () => { expect(log).toEqual(["before", "it1", "after", "before"]); });
});`,
      { exports: ["createCounter"] },
    );
    expect(result.checks.map((check) => check.passed)).toEqual([true, true]);
  });

  it("lets a spec import describe/it/expect from vitest", async () => {
    const result = await score(
      "export const one = 1;",
      `import { describe, expect, it } from "vitest";\nimport { one } from "./solution";\ndescribe("v", () => { it("works", () => { expect(one).toBe(1); }); });`,
      { exports: ["one"] },
    );
    expect(result.checks[0]?.passed).toBe(true);
  });

  it("attributes an error thrown later from a timer to the running check", async () => {
    const result = await score(
      `export function later() { setTimeout(() => { throw new Error("late boom"); }, 1); return new Promise((r) => setTimeout(r, 50)); }`,
      `import { later } from "./solution";\nit("fails", async () => { await later(); });\nit("runs", () => {});`,
      { exports: ["later"] },
    );
    expect(result.checks[0]).toMatchObject({ passed: false, error: "Error: late boom" });
    expect(result.checks[1]?.passed).toBe(true);
  });

  it("clears a check's timers before the next check starts", async () => {
    const result = await score(
      `export const seen: string[] = [];
export function schedule(tag: string) { setInterval(() => { (globalThis as Record<string, unknown>).tick = tag; }, 1); }`,
      `import { schedule } from "./solution";
it("schedules", async () => { schedule("first"); await new Promise((r) => setTimeout(r, 20)); expect((globalThis as Record<string, unknown>).tick).toBe("first"); });
it("sees no timer of the previous check", async () => { delete (globalThis as Record<string, unknown>).tick; await new Promise((r) => setTimeout(r, 20)); expect((globalThis as Record<string, unknown>).tick).toBeUndefined(); });`,
      { exports: ["schedule"] },
    );
    expect(result.checks.map((check) => check.passed)).toEqual([true, true]);
  });

  it("keeps built-ins frozen and puts globals back after each check, so a patch in one check is gone in the next", async () => {
    const result = await score(
      `export function leak() { (globalThis as Record<string, unknown>).leaked = 1; return "leaked"; }
export function patch() { "use strict"; (Array.prototype as unknown as Record<string, unknown>).map = () => ["patched"]; return [1].map((n) => n); }`,
      `import { leak, patch } from "./solution";
it("leaks a global", () => { expect(leak()).toBe("leaked"); });
it("sees no leaked global", () => { expect((globalThis as Record<string, unknown>).leaked).toBeUndefined(); });
it("cannot patch a built-in", () => { expect(patch()).toEqual(["patched"]); });
it("sees the originals", () => { expect([1].map((n) => n + 1)).toEqual([2]); });`,
      { exports: ["leak", "patch"] },
    );
    expect(result.checks.map((check) => check.passed)).toEqual([true, true, false, true]);
    expect(result.checks[2]?.error).toMatch(/TypeError: Cannot assign to read only property 'map'/);
  });

  it("scores CommonJS JavaScript and default exports", async () => {
    const commonJs = await score(
      "function add(a, b) { return a + b; }\nmodule.exports = { add };",
      `import { add } from "./solution";\nit("adds", () => { expect(add(1, 1)).toBe(2); });`,
      { solutionLanguage: "javascript", exports: ["add"] },
    );
    expect(commonJs.checks[0]?.passed).toBe(true);
    const defaultExport = await score(
      "export default function createThing() { return { ok: true }; }",
      `import createThing from "./solution";\nit("calls the default export", () => { expect(createThing()).toEqual({ ok: true }); });`,
      { exports: ["default"] },
    );
    expect(defaultExport.checks[0]?.passed).toBe(true);
  });
});

describe("module failure classes", () => {
  const SPEC = `import { add } from "./solution";\ndescribe("add", () => { it("adds", () => { expect(add(1, 2)).toBe(3); }); it("adds zero", () => { expect(add(0, 0)).toBe(0); }); });`;

  it.each([
    ["syntax", "export function add(a: number, b: number) { return a + ; }"],
    ["import", 'import { sum } from "lodash";\nexport const add = (a: number, b: number) => sum([a, b]);'],
    [
      "import",
      "export const add = (a: number, b: number) => a + b;\nthrow new ReferenceError('Calculator is not defined');",
    ],
    ["missing_export", "export function sum(a: number, b: number) { return a + b; }"],
    ["missing_export", "export default function add(a: number, b: number) { return a + b; }"],
  ])("fails the module as %s, with every check recorded as not run", async (type, solution) => {
    const result = await score(solution, SPEC, { exports: ["add"] });
    expect(result.loaded).toBe(false);
    expect(result.failure?.type).toBe(type);
    expect(result.checks).toEqual([
      expect.objectContaining({ name: "add > adds", passed: false, failureType: type }),
      expect.objectContaining({ name: "add > adds zero", passed: false, failureType: type }),
    ]);
  });

  it("names the missing exports", async () => {
    const result = await score("export const subtract = (a: number, b: number) => a - b;", SPEC, {
      exports: ["add", "subtract", "multiply"],
    });
    expect(result.failure).toEqual({
      type: "missing_export",
      message: 'the module does not export "add", "multiply"',
    });
  });

  it("reports a spec that does not load as spec_error, not as a fault of the answer", async () => {
    const broken = await score(
      "export const add = (a: number, b: number) => a + b;",
      "describe('x', () => { it(); });",
    );
    expect(broken.failure?.type).toBe("spec_error");
    const unsupported = await score(
      "export const add = (a: number, b: number) => a + b;",
      "beforeAll(() => {});\nit('x', () => {});",
    );
    expect(unsupported.failure?.type).toBe("spec_error");
    expect(unsupported.failure?.message).toContain("beforeAll is not supported");
  });
});

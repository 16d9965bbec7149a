import { afterAll, describe, expect, it } from "vitest";
import { checkAgainstInterface, stopTypeChecker, TYPE_CHECK_NAME } from "./type-check.js";

afterAll(async () => {
  await stopTypeChecker();
});

const CALCULATOR_INTERFACE = `export interface Calculator {
  add(n: number): Calculator;
  result(): number;
}
export declare function createCalculator(): Calculator;
`;

describe("checkAgainstInterface", () => {
  it("passes an answer that matches the declared interface, extra exports allowed", async () => {
    const check = await checkAgainstInterface(
      `export function createCalculator() {
  let value = 0;
  const calculator = { add(n: number) { value += n; return calculator; }, result: () => value };
  return calculator;
}
export const helper = 1;`,
      "typescript",
      CALCULATOR_INTERFACE,
    );
    expect(check).toEqual({ name: TYPE_CHECK_NAME, passed: true });
  });

  it("fails an answer whose export has the wrong signature, with file:line:column", async () => {
    const check = await checkAgainstInterface(
      "export function createCalculator(start: string) { return { add: (n: number) => n, result: () => start }; }",
      "typescript",
      CALCULATOR_INTERFACE,
    );
    expect(check.passed).toBe(false);
    expect(check.error).toMatch(/^check\.ts:3:7 /);
    expect(check.error).toContain("createCalculator");
  });

  it("fails an answer that lacks a declared export", async () => {
    const check = await checkAgainstInterface(
      "export const add = (a: number, b: number) => a + b;",
      "typescript",
      CALCULATOR_INTERFACE,
    );
    expect(check.passed).toBe(false);
    expect(check.error).toContain("createCalculator");
  });

  it("reports type errors inside the answer itself", async () => {
    const check = await checkAgainstInterface(
      `export function createCalculator() { const total: number = "zero"; return { add() { return this; }, result: () => total }; }`,
      "typescript",
      CALCULATOR_INTERFACE,
    );
    expect(check.passed).toBe(false);
    expect(check.error).toMatch(/^solution\.ts:1:/);
  });

  it("infers the types of a JavaScript answer", async () => {
    const passing = await checkAgainstInterface(
      "export function add(a, b) { return a + b; }",
      "javascript",
      "export declare function add(a: number, b: number): number;",
    );
    expect(passing.passed).toBe(true);
    const failing = await checkAgainstInterface(
      "export function add(a, b) { return String(a + b); }",
      "javascript",
      "export declare function add(a: number, b: number): number;",
    );
    expect(failing.passed).toBe(false);
  });

  it("accepts answers that use console and timers", async () => {
    const check = await checkAgainstInterface(
      "export function add(a: number, b: number): number { console.log(a); setTimeout(() => {}, 1); return a + b; }",
      "typescript",
      "export declare function add(a: number, b: number): number;",
    );
    expect(check.passed).toBe(true);
  });
});

describe("the type-check worker", () => {
  const add = "export function add(a: number, b: number): number { return a + b; }";
  const declared = "export declare function add(a: number, b: number): number;";

  it("checks off the caller's thread: the caller's event loop turns while a check runs", async () => {
    const order: string[] = [];
    const checked = checkAgainstInterface(add, "typescript", declared).then((check) => {
      order.push("checked");
      return check;
    });
    setImmediate(() => order.push("caller's loop turned"));
    expect((await checked).passed).toBe(true);
    expect(order).toEqual(["caller's loop turned", "checked"]);
  });

  it("answers many checks in the order they were asked, with one worker", async () => {
    const checks = await Promise.all(
      [add, "export const add = (a: string) => a;", add].map((source) =>
        checkAgainstInterface(source, "typescript", declared),
      ),
    );
    expect(checks.map((check) => check.passed)).toEqual([true, false, true]);
  });

  it("fails a check that outlives its timeout, stops that worker, and checks the next in a new one", async () => {
    await stopTypeChecker();
    // A fresh worker must first load the compiler: no check can finish within 0 ms.
    const late = await checkAgainstInterface(add, "typescript", declared, { timeoutMs: 0 });
    expect(late).toEqual({
      name: TYPE_CHECK_NAME,
      passed: false,
      error: "the type check took longer than 0 ms and was stopped",
    });
    expect(await checkAgainstInterface(add, "typescript", declared)).toEqual({
      name: TYPE_CHECK_NAME,
      passed: true,
    });
  });

  it("fails the checks still waiting when it is stopped", async () => {
    const waiting = [
      checkAgainstInterface(add, "typescript", declared),
      checkAgainstInterface(add, "typescript", declared),
    ];
    await stopTypeChecker();
    const checks = await Promise.all(waiting);
    expect(checks.map((check) => check.passed)).toEqual([false, false]);
    expect(checks[1]?.error).toBe("the type checker was stopped before it began");
  });
});

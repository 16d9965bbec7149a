import { describe, expect, it } from "vitest";
import { checkAgainstInterface, TYPE_CHECK_NAME } from "./type-check.js";

const CALCULATOR_INTERFACE = `export interface Calculator {
  add(n: number): Calculator;
  result(): number;
}
export declare function createCalculator(): Calculator;
`;

describe("checkAgainstInterface", () => {
  it("passes an answer that matches the declared interface, extra exports allowed", () => {
    const check = checkAgainstInterface(
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

  it("fails an answer whose export has the wrong signature, with file:line:column", () => {
    const check = checkAgainstInterface(
      "export function createCalculator(start: string) { return { add: (n: number) => n, result: () => start }; }",
      "typescript",
      CALCULATOR_INTERFACE,
    );
    expect(check.passed).toBe(false);
    expect(check.error).toMatch(/^check\.ts:3:7 /);
    expect(check.error).toContain("createCalculator");
  });

  it("fails an answer that lacks a declared export", () => {
    const check = checkAgainstInterface(
      "export const add = (a: number, b: number) => a + b;",
      "typescript",
      CALCULATOR_INTERFACE,
    );
    expect(check.passed).toBe(false);
    expect(check.error).toContain("createCalculator");
  });

  it("reports type errors inside the answer itself", () => {
    const check = checkAgainstInterface(
      `export function createCalculator() { const total: number = "zero"; return { add() { return this; }, result: () => total }; }`,
      "typescript",
      CALCULATOR_INTERFACE,
    );
    expect(check.passed).toBe(false);
    expect(check.error).toMatch(/^solution\.ts:1:/);
  });

  it("infers the types of a JavaScript answer", () => {
    const passing = checkAgainstInterface(
      "export function add(a, b) { return a + b; }",
      "javascript",
      "export declare function add(a: number, b: number): number;",
    );
    expect(passing.passed).toBe(true);
    const failing = checkAgainstInterface(
      "export function add(a, b) { return String(a + b); }",
      "javascript",
      "export declare function add(a: number, b: number): number;",
    );
    expect(failing.passed).toBe(false);
  });

  it("accepts answers that use console and timers", () => {
    const check = checkAgainstInterface(
      "export function add(a: number, b: number): number { console.log(a); setTimeout(() => {}, 1); return a + b; }",
      "typescript",
      "export declare function add(a: number, b: number): number;",
    );
    expect(check.passed).toBe(true);
  });
});

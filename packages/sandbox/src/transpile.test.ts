import { describe, expect, it } from "vitest";
import { transpileToCommonJs } from "./transpile.js";

describe("transpileToCommonJs", () => {
  it("strips TypeScript types and turns exports into CommonJS", () => {
    const outcome = transpileToCommonJs(
      "export interface Point { x: number }\nexport function norm(p: Point): number { return Math.abs(p.x); }",
      "typescript",
      "solution",
    );
    expect(outcome.ok).toBe(true);
    if (!outcome.ok) return;
    expect(outcome.code).toContain("exports.norm = norm;");
    expect(outcome.code).not.toContain(": Point");
  });

  it("turns ESM JavaScript into CommonJS", () => {
    const outcome = transpileToCommonJs("export const add = (a, b) => a + b;", "javascript", "solution");
    expect(outcome).toMatchObject({ ok: true });
    if (outcome.ok) expect(outcome.code).toContain("exports.add = add;");
  });

  it("reports syntax errors with line and column", () => {
    const outcome = transpileToCommonJs(
      "export function add(a, b) {\n  return a + ;\n}",
      "typescript",
      "solution",
    );
    expect(outcome).toEqual({ ok: false, message: "2:14 Expression expected." });
  });

  it("returns the same outcome for the same source (cached)", () => {
    const first = transpileToCommonJs("export const x = 1;", "typescript", "spec");
    expect(transpileToCommonJs("export const x = 1;", "typescript", "spec")).toBe(first);
  });
});

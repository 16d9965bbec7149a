import { describe, expect, it } from "vitest";
import { transpileToCommonJs } from "./transpile.js";

describe("transpileToCommonJs", () => {
  it("strips TypeScript types and turns exports into CommonJS", async () => {
    const outcome = await transpileToCommonJs(
      "export interface Point { x: number }\nexport function norm(p: Point): number { return Math.abs(p.x); }",
      "typescript",
      "solution",
    );
    expect(outcome.ok).toBe(true);
    if (!outcome.ok) return;
    expect(outcome.code).toContain("norm: () => norm");
    expect(outcome.code).not.toContain(": Point");
  });

  it("turns ESM JavaScript into CommonJS", async () => {
    const outcome = await transpileToCommonJs(
      "export const add = (a, b) => a + b;",
      "javascript",
      "solution",
    );
    expect(outcome).toMatchObject({ ok: true });
    if (outcome.ok) expect(outcome.code).toContain("module.exports = __toCommonJS(");
  });

  it("reports syntax errors with line and column", async () => {
    const outcome = await transpileToCommonJs(
      "export function add(a, b) {\n  return a + ;\n}",
      "typescript",
      "solution",
    );
    expect(outcome).toEqual({ ok: false, message: `2:14 Unexpected ";"` });
  });

  it("returns the same outcome for the same source (cached)", async () => {
    const first = transpileToCommonJs("export const x = 1;", "typescript", "spec");
    expect(transpileToCommonJs("export const x = 1;", "typescript", "spec")).toBe(first);
    expect((await first).ok).toBe(true);
  });
});

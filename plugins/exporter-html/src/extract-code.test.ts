import { describe, expect, it } from "vitest";
import { extractCode } from "./extract-code.js";

describe("extractCode", () => {
  it("joins fenced blocks and drops <think> sections", () => {
    const answer =
      "<think>```js\nnot this\n```</think>Here:\n```ts\nconst a = 1;\n```\nand\n```\nconst b = 2;\n```";
    expect(extractCode(answer)).toBe("const a = 1;\n\nconst b = 2;");
  });

  it("returns undefined for an answer without a fence", () => {
    expect(extractCode("export const a = 1;")).toBeUndefined();
  });
});

import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { type ExtractedCode, extractCode } from "./extract-code.js";

interface FixtureAnswer {
  id: string;
  test: string;
  output: string;
}

const fixture = JSON.parse(
  readFileSync(new URL("../test/fixtures/plebdev-answers.json", import.meta.url), "utf8"),
) as { items: FixtureAnswer[] };

const EXPORTS: Record<string, string[]> = {
  smoke: ["add"],
  "calculator-basic": ["add", "subtract", "multiply", "divide"],
  "calculator-stateful": ["createCalculator"],
  "todo-app": ["createTodoApp"],
};

function answer(id: string): FixtureAnswer {
  const found = fixture.items.find((item) => item.id === id);
  if (!found) throw new Error(`fixture answer ${id} is missing from test/fixtures/plebdev-answers.json`);
  return found;
}

function extractFixture(id: string): ExtractedCode {
  const item = answer(id);
  return extractCode(item.output, { language: "typescript", exports: EXPORTS[item.test] ?? [] });
}

function expectCode(result: ExtractedCode): Extract<ExtractedCode, { ok: true }> {
  if (!result.ok) throw new Error(`expected code, got ${result.type}: ${result.message}`);
  return result;
}

const count = (text: string, part: string) => text.split(part).length - 1;

describe("extractCode on real plebdev-bench answers", () => {
  it("returns an unfenced module as it is", () => {
    const result = expectCode(extractFixture("01"));
    expect(result.code).toBe("export function add(a: number, b: number): number {\n    return a + b;\n}\n");
    expect(result).toMatchObject({
      source: "unfenced",
      blockCount: 0,
      missingExports: [],
      language: "typescript",
    });
  });

  it("keeps the leading comment of unfenced code", () => {
    const result = expectCode(extractFixture("115"));
    expect(result.code.startsWith("// Arithmetic Module\nexport function add(")).toBe(true);
    expect(result.missingExports).toEqual([]);
  });

  it("reads a ```ts fenced block without its fences", () => {
    const result = expectCode(extractFixture("304"));
    expect(result).toMatchObject({ source: "fenced", blockCount: 1, selectedBlocks: 1, missingExports: [] });
    expect(result.code).not.toContain("```");
    expect(result.code.startsWith("export function createTodoApp()")).toBe(true);
  });

  it("drops reasoning that ends in a dangling </think>, with the draft blocks inside it", () => {
    const result = expectCode(extractFixture("266"));
    expect(result.code).toBe("export function add(a: number, b: number): number {\n    return a + b;\n}\n");
    expect(result.blockCount).toBe(1);
  });

  it("accepts unfenced code after a dangling </think>", () => {
    const result = expectCode(extractFixture("267"));
    expect(result.source).toBe("unfenced");
    expect(result.code.startsWith("export const add = (a: number, b: number): number => a + b;")).toBe(true);
    expect(result.code).toContain("b === 0 ? Infinity : a / b;");
    expect(result.code).not.toContain("We need");
    expect(result.missingExports).toEqual([]);
  });

  it("takes the final answer block once, never the drafts written while reasoning", () => {
    const result = expectCode(extractFixture("272"));
    expect(count(result.code, "export function createTodoApp")).toBe(1);
    expect(count(result.code, "export interface Todo ")).toBe(1);
    expect(result.code).not.toContain("</think>");
  });

  it("takes unfenced code whose reasoning (no tags) ends in </think>", () => {
    const result = expectCode(extractFixture("269"));
    expect(result.code.startsWith("export")).toBe(true);
    expect(result.missingExports).toEqual([]);
  });

  it("ignores a stray opening fence after unfenced code", () => {
    const result = expectCode(extractFixture("329"));
    expect(result.code).toBe("export function add(a: number, b: number): number {\n    return a + b;\n}\n");
  });

  it.each([
    ["179", "tool-call JSON in an unlabelled fence"],
    ["183", "tool-call JSON in a json fence"],
    ["33", "a harness error message"],
    ["62", "tool-call markup"],
    ["89", "narrated thoughts that quote code inline"],
    ["145", "a refusal"],
  ])("refuses answer %s (%s) as no_code", (id) => {
    const result = extractFixture(id);
    expect(result.ok).toBe(false);
    expect(result).toMatchObject({ ok: false, type: "no_code" });
  });

  it("reports an empty answer as empty_answer", () => {
    expect(extractFixture("41")).toEqual({ ok: false, type: "empty_answer", message: "the answer is empty" });
    expect(extractCode(" \n\t\r\n", { language: "typescript", exports: [] })).toMatchObject({
      type: "empty_answer",
    });
  });

  it("accepts code whose import cannot work, leaving the import failure to the sandbox", () => {
    const result = expectCode(extractFixture("93"));
    expect(result.code).toContain("import { createCalculator, type Calculator } from './Calculator';");
    expect(result.missingExports).toEqual([]);
  });

  it("names the required exports the chosen code does not define", () => {
    expect(expectCode(extractFixture("144")).missingExports).toEqual(["createTodoApp"]);
    expect(expectCode(extractFixture("55")).missingExports).toEqual(["createTodoApp"]);
    expect(expectCode(extractFixture("99")).missingExports).toEqual([
      "add",
      "subtract",
      "multiply",
      "divide",
    ]);
  });
});

describe("extractCode fences and quirks", () => {
  const ts = (text: string, exports = ["add"]) => extractCode(text, { language: "typescript", exports });

  it("reads CRLF answers and returns LF code", () => {
    const result = expectCode(
      ts("Here it is:\r\n```ts\r\nexport function add(a, b) {\r\n  return a + b;\r\n}\r\n```\r\n"),
    );
    expect(result.code).toBe("export function add(a, b) {\n  return a + b;\n}\n");
  });

  it.each(["ts", "typescript", "TypeScript", "js", "javascript", "", "tsx", "ts title=solution.ts"])(
    "reads a fence labelled %j",
    (label) => {
      const result = expectCode(ts(`\`\`\`${label}\nexport const add = (a, b) => a + b;\n\`\`\``));
      expect(result.code).toBe("export const add = (a, b) => a + b;\n");
    },
  );

  it("skips blocks in other languages", () => {
    const result = expectCode(
      ts(
        "```bash\nnpm install\n```\n```python\ndef add(a, b):\n    return a + b\n```\n```ts\nexport function add(a: number, b: number) { return a + b; }\n```",
      ),
    );
    expect(result.code).toBe("export function add(a: number, b: number) { return a + b; }\n");
    expect(result.blockCount).toBe(3);
  });

  it("refuses an answer whose only code is another language", () => {
    const result = ts("```python\ndef add(a, b):\n    return a + b\n```");
    expect(result).toMatchObject({ ok: false, type: "no_code" });
    if (!result.ok) expect(result.message).toContain("python");
  });

  it("reads an indented fence and dedents its code", () => {
    const result = expectCode(
      ts(
        "1. Create the module:\n\n   ```ts\n   export function add(a, b) {\n     return a + b;\n   }\n   ```\n",
      ),
    );
    expect(result.code).toBe("export function add(a, b) {\n  return a + b;\n}\n");
  });

  it("runs a fence that is never closed to the end of the answer", () => {
    const result = expectCode(ts("```typescript\nexport function add(a, b) {\n  return a + b;\n}\n"));
    expect(result.code).toBe("export function add(a, b) {\n  return a + b;\n}\n");
  });

  it("closes a fence glued to the last line of code", () => {
    const result = expectCode(ts("```ts\nexport function add(a, b) {\n  return a + b;\n}```\nDone."));
    expect(result.code).toBe("export function add(a, b) {\n  return a + b;\n}\n");
  });

  it("reads tilde fences", () => {
    expect(expectCode(ts("~~~ts\nexport const add = (a, b) => a + b;\n~~~")).code).toBe(
      "export const add = (a, b) => a + b;\n",
    );
  });

  it("starts a new block at a labelled fence inside a block that was never closed", () => {
    const result = expectCode(
      ts("```ts\nexport function add(a, b) { return a + b; }\n```ts\nconsole.log(add(1, 2));\n```", ["add"]),
    );
    expect(result.code).toBe("export function add(a, b) { return a + b; }\n");
    expect(result.blockCount).toBe(2);
  });

  it("removes <think> blocks even when they hold code", () => {
    const result = expectCode(
      ts(
        "<think>\nMaybe:\n```ts\nexport function add(a, b) { return a - b; }\n```\nNo, plus.\n</think>\n```ts\nexport function add(a, b) { return a + b; }\n```",
      ),
    );
    expect(result.code).toBe("export function add(a, b) { return a + b; }\n");
  });

  it("drops an unclosed <think> to the end of the answer", () => {
    const result = ts("<think>\nI will write\nexport function add(a, b) { return a + b; }\n");
    expect(result).toMatchObject({ ok: false, type: "no_code" });
  });
});

describe("extractCode block choice", () => {
  const ts = (text: string, exports: string[]) => extractCode(text, { language: "typescript", exports });

  it("chooses the block that defines the required exports over a usage example", () => {
    const result = expectCode(
      ts(
        "```ts\nexport function add(a: number, b: number) { return a + b; }\n```\nUsage:\n```ts\nimport { add } from './add';\nconst total = add(1, 2);\n```",
        ["add"],
      ),
    );
    expect(result.code).toBe("export function add(a: number, b: number) { return a + b; }\n");
    expect(result.selectedBlocks).toBe(1);
  });

  it("prefers the later of two complete versions, as models revise", () => {
    const result = expectCode(
      ts(
        "First try:\n```ts\nexport function add(a, b) { return a - b; }\n```\nFixed:\n```ts\nexport function add(a, b) { return a + b; }\n```",
        ["add"],
      ),
    );
    expect(result.code).toBe("export function add(a, b) { return a + b; }\n");
  });

  it("never concatenates two blocks that declare the same names", () => {
    const result = expectCode(
      ts(
        "```ts\nexport function add(a, b) { return a + b; }\nexport function subtract(a, b) { return a - b; }\n```\n```ts\nexport function add(a, b) { return b + a; }\n```",
        ["add", "subtract"],
      ),
    );
    expect(count(result.code, "export function add")).toBe(1);
    expect(result.code).toContain("return a + b");
  });

  it("joins blocks that each define some of the required exports", () => {
    const result = expectCode(
      ts(
        "```ts\nexport function add(a, b) { return a + b; }\n```\nand\n```ts\nexport function subtract(a, b) { return a - b; }\n```",
        ["add", "subtract"],
      ),
    );
    expect(result.code).toBe(
      "export function add(a, b) { return a + b; }\n\nexport function subtract(a, b) { return a - b; }\n",
    );
    expect(result).toMatchObject({ selectedBlocks: 2, missingExports: [] });
  });

  it("adds a types-only block that the chosen code refers to", () => {
    const result = expectCode(
      ts(
        "```ts\ninterface Todo { id: number; text: string }\n```\n```ts\nexport function createTodoApp() { const todos: Todo[] = []; return { todos }; }\n```",
        ["createTodoApp"],
      ),
    );
    expect(result.code.startsWith("interface Todo")).toBe(true);
    expect(result.selectedBlocks).toBe(2);
  });

  it("recognises CommonJS exports", () => {
    const result = expectCode(
      extractCode("```js\nfunction add(a, b) { return a + b; }\nmodule.exports = { add };\n```", {
        language: "javascript",
        exports: ["add"],
      }),
    );
    expect(result).toMatchObject({ language: "javascript", missingExports: [] });
  });

  it("reports TypeScript on a JavaScript test when the code has type annotations", () => {
    const result = expectCode(
      extractCode("export function add(a: number, b: number): number {\n  return a + b;\n}", {
        language: "javascript",
        exports: ["add"],
      }),
    );
    expect(result.language).toBe("typescript");
  });

  it("takes unfenced code that follows a line of prose, without the prose", () => {
    const result = expectCode(
      ts("Here is the module:\n\nexport function add(a, b) {\n  return a + b;\n}\n\nThis adds two numbers.", [
        "add",
      ]),
    );
    expect(result.code).toBe("export function add(a, b) {\n  return a + b;\n}\n");
  });

  it("does not mistake a sentence that mentions a function for code", () => {
    expect(ts("function add takes two numbers and returns their sum.", ["add"])).toMatchObject({
      ok: false,
      type: "no_code",
    });
  });
});

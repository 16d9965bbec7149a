import { describe, expect, it } from "vitest";
import { findSchemaProblems, validateJsonSchema } from "./json-schema-subset.js";

describe("validateJsonSchema", () => {
  it.each([
    ["type: integer accepts whole numbers", { type: "integer" }, 3, []],
    ["type: integer refuses fractions", { type: "integer" }, 3.5, ["(root): expected integer, found number"]],
    ["type: number accepts integers", { type: "number" }, 3, []],
    ["type: a union", { type: ["string", "null"] }, null, []],
    ["enum: compares JSON values", { enum: [{ a: 1 }, "x"] }, { a: 1 }, []],
    [
      "const: mismatch",
      { const: "xlam:latest" },
      "qwen3:8b",
      ['(root): expected "xlam:latest", found "qwen3:8b"'],
    ],
    [
      "minLength: counts characters, not UTF-16 units",
      { minLength: 3 },
      "😀😀",
      ["(root): 2 characters, at least 3 required"],
    ],
    ["pattern: unicode aware", { pattern: "^\\p{Lu}" }, "Oslo", []],
    ["maximum", { maximum: 1 }, 1.5, ["(root): 1.5 is above 1"]],
    ["uniqueItems", { uniqueItems: true }, [{ a: 1 }, { a: 1 }], ["(root): items must be unique"]],
    [
      "additionalProperties: a schema",
      { additionalProperties: { type: "number" } },
      { a: 1, b: "x" },
      ["b: expected number, found string"],
    ],
    [
      "nested paths",
      { type: "object", required: ["r"], properties: { r: { type: "array", items: { required: ["k"] } } } },
      { r: [{ k: 1 }, {}] },
      ['r[1]: missing required property "k"'],
    ],
  ])("%s", (_name, schema, value, errors) => {
    expect(validateJsonSchema(value, schema)).toEqual(errors);
  });
});

describe("findSchemaProblems", () => {
  it("accepts the supported subset and annotations", () => {
    const schema = {
      $schema: "https://json-schema.org/draft/2020-12/schema",
      title: "t",
      type: "object",
      required: ["a"],
      properties: { a: { type: "array", items: { enum: [1, 2] }, minItems: 1, description: "d" } },
      additionalProperties: false,
    };
    expect(findSchemaProblems(schema)).toEqual([]);
  });

  it("names every unsupported keyword and malformed value with its path", () => {
    const schema = {
      type: "thing",
      oneOf: [],
      properties: { a: { $ref: "#/x" }, b: { minItems: -1 } },
      required: "a",
    };
    expect(findSchemaProblems(schema).map((p) => p.path)).toEqual([
      "type",
      "oneOf",
      "properties.a.$ref",
      "properties.b.minItems",
      "required",
    ]);
  });
});

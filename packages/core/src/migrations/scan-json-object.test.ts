import { describe, expect, it } from "vitest";
import { scanJsonObject } from "./scan-json-object.js";

function scan(text: string): { fields: Record<string, unknown>; items: unknown[] } {
  const items: unknown[] = [];
  const fields = scanJsonObject(Buffer.from(text, "utf8"), "items", (item) => items.push(item));
  return { fields, items };
}

describe("scanJsonObject", () => {
  it.each([
    ["compact", { a: 1, items: [{ x: "y" }, [1, 2], "s", 3, null, true], b: { c: [] } }, 0],
    ["pretty", { schemaVersion: 1, items: [{ nested: { deep: [{ k: "}]" }] } }], after: "x" }, 2],
    [
      "strings with quotes, escapes and unicode",
      { items: ['a "quoted" \\ string', "é — ✓ 😀", "{[,:]}"], z: '\\"' },
      2,
    ],
    ["no items", { a: [1, { items: [9] }] }, 0],
    ["empty items", { items: [] }, 1],
  ])("reads a %s document as JSON.parse does", (_name, doc, indent) => {
    const text = JSON.stringify(doc, null, indent);
    const { fields, items } = scan(text);
    const expected = JSON.parse(text) as Record<string, unknown>;
    expect(items).toEqual(expected.items ?? []);
    expect({ ...fields, ...(expected.items ? { items: expected.items } : {}) }).toEqual(expected);
  });

  it("hands each element over with the fields read before it", () => {
    const seen: unknown[] = [];
    scanJsonObject(Buffer.from('{"schemaVersion":1,"items":[{},{}]}'), "items", (_item, index, fields) =>
      seen.push([index, fields.schemaVersion]),
    );
    expect(seen).toEqual([
      [0, 1],
      [1, 1],
    ]);
  });

  it.each([
    ["not an object", "[1]"],
    ["cut short", '{"items":[{"a":1}'],
    ["trailing text", '{"a":1} x'],
    ["missing colon", '{"a" 1}'],
    ["bad element", '{"items":[{"a":}]}'],
  ])("throws a SyntaxError for %s", (_name, text) => {
    expect(() => scan(text)).toThrow(SyntaxError);
  });
});

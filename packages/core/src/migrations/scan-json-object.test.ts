import { describe, expect, it } from "vitest";
import { scanJsonObject } from "./scan-json-object.js";

/** Scans `text` fed in chunks of `size` bytes (cutting through strings, numbers and multibyte letters). */
async function scan(text: string, size = 3): Promise<{ fields: Record<string, unknown>; items: unknown[] }> {
  const bytes = Buffer.from(text, "utf8");
  const chunks: Buffer[] = [];
  for (let i = 0; i < bytes.length; i += size) chunks.push(bytes.subarray(i, i + size));
  const items: unknown[] = [];
  const fields = await scanJsonObject(chunks, "items", (item) => items.push(item));
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
  ])("reads a %s document as JSON.parse does", async (_name, doc, indent) => {
    const text = JSON.stringify(doc, null, indent);
    const whole = await scan(text, 1 << 20);
    const { fields, items } = await scan(text);
    expect(whole).toEqual({ fields, items });
    const expected = JSON.parse(text) as Record<string, unknown>;
    expect(items).toEqual(expected.items ?? []);
    expect({ ...fields, ...(expected.items ? { items: expected.items } : {}) }).toEqual(expected);
  });

  it("hands each element over with the fields read before it", async () => {
    const seen: unknown[] = [];
    await scanJsonObject(
      [Buffer.from('{"schemaVersion":1,"items":[{},{}]}')],
      "items",
      (_item, index, fields) => seen.push([index, fields.schemaVersion]),
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
    ["empty", ""],
    ["number cut at the end", '{"a":12'],
  ])("throws a SyntaxError for %s", async (_name, text) => {
    await expect(scan(text)).rejects.toThrow(SyntaxError);
  });
});

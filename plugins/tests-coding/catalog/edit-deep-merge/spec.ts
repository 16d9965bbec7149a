import { deepMerge } from "./solution";

describe("deepMerge", () => {
  it("merges nested objects, later sources winning", () => {
    expect(deepMerge({ a: 1, n: { x: 1, y: 2 } }, { n: { y: 3 } }, { b: 2 })).toEqual({
      a: 1,
      b: 2,
      n: { x: 1, y: 3 },
    });
  });
  it("does not modify its arguments", () => {
    const target = { n: { x: 1 }, list: [1] };
    const source = { n: { y: 2 }, list: [2] };
    const result = deepMerge(target, source);
    expect(target).toEqual({ n: { x: 1 }, list: [1] });
    expect(source).toEqual({ n: { y: 2 }, list: [2] });
    expect(result).not.toBe(target);
  });
  it("shares no nested object or array with its inputs", () => {
    const source = { n: { deep: { v: 1 } }, list: [{ id: 1 }] };
    const result = deepMerge({}, source) as { n: { deep: { v: number } }; list: { id: number }[] };
    result.n.deep.v = 99;
    result.list[0]!.id = 99;
    expect(source.n.deep.v).toBe(1);
    expect(source.list[0]!.id).toBe(1);
  });
  it("replaces arrays", () => {
    expect(deepMerge({ a: [1, 2] }, { a: [3] })).toEqual({ a: [3] });
    expect(deepMerge({ a: { x: 1 } }, { a: [1] })).toEqual({ a: [1] });
  });
  it("takes dates and class instances as they are", () => {
    const when = new Date(0);
    const result = deepMerge({ when: { year: 1 } }, { when });
    expect(result.when).toBe(when);
  });
  it("ignores prototype keys", () => {
    const evil = JSON.parse(
      '{"__proto__": {"polluted": true}, "constructor": {"prototype": {"bad": 1}}, "ok": 1}',
    );
    const result = deepMerge({}, evil);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect((result as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.keys(result)).toEqual(["ok"]);
  });
  it("lets undefined overwrite", () => {
    expect(deepMerge({ a: 1 }, { a: undefined })).toEqual({ a: undefined });
  });
});

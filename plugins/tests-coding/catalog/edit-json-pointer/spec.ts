import { getPointer, parsePointer } from "./solution";

const doc = { "a~1b": 1, "a/b": 2, "": { "": 3 }, list: [10, 20, 30], n: null };

describe("parsePointer", () => {
  it("decodes ~1 before ~0", () => {
    expect(parsePointer("/a~01b")).toEqual(["a~1b"]);
    expect(parsePointer("/a~1b/~0")).toEqual(["a/b", "~"]);
    expect(parsePointer("")).toEqual([]);
    expect(parsePointer("/")).toEqual([""]);
  });
  it("throws a SyntaxError for bad escapes or a missing leading slash", () => {
    expect(() => parsePointer("/a~2")).toThrow(SyntaxError);
    expect(() => parsePointer("/a~")).toThrow(SyntaxError);
    expect(() => parsePointer("a/b")).toThrow(SyntaxError);
  });
});

describe("getPointer", () => {
  it("reads escaped keys", () => {
    expect(getPointer(doc, "/a~01b")).toBe(1);
    expect(getPointer(doc, "/a~1b")).toBe(2);
    expect(getPointer(doc, "//")).toBe(3);
    expect(getPointer(doc, "")).toBe(doc);
  });
  it("reads array indices strictly", () => {
    expect(getPointer(doc, "/list/1")).toBe(20);
    expect(getPointer(doc, "/list/01")).toBeUndefined();
    expect(getPointer(doc, "/list/-1")).toBeUndefined();
    expect(getPointer(doc, "/list/3")).toBeUndefined();
    expect(getPointer(doc, "/list/length")).toBeUndefined();
  });
  it("returns undefined for missing steps instead of throwing", () => {
    expect(getPointer(doc, "/missing/deeper")).toBeUndefined();
    expect(getPointer(doc, "/n/x")).toBeUndefined();
    expect(getPointer(doc, "/list/0/x")).toBeUndefined();
    expect(getPointer({}, "/constructor")).toBeUndefined();
  });
});

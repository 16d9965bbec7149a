import { resolvePointer, setPointer } from "./solution";

const rfc = () => ({
  foo: ["bar", "baz"],
  "": 0,
  "a/b": 1,
  "c%d": 2,
  "e^f": 3,
  "g|h": 4,
  "i\\j": 5,
  'k"l': 6,
  " ": 7,
  "m~n": 8,
});

describe("resolvePointer", () => {
  it("resolves every pointer of the RFC 6901 example", () => {
    const doc = rfc();
    expect(resolvePointer(doc, "")).toBe(doc);
    expect(resolvePointer(doc, "/foo")).toEqual(["bar", "baz"]);
    expect(resolvePointer(doc, "/foo/0")).toBe("bar");
    expect(resolvePointer(doc, "/")).toBe(0);
    expect(resolvePointer(doc, "/a~1b")).toBe(1);
    expect(resolvePointer(doc, "/c%d")).toBe(2);
    expect(resolvePointer(doc, "/e^f")).toBe(3);
    expect(resolvePointer(doc, "/g|h")).toBe(4);
    expect(resolvePointer(doc, "/i\\j")).toBe(5);
    expect(resolvePointer(doc, '/k"l')).toBe(6);
    expect(resolvePointer(doc, "/ ")).toBe(7);
    expect(resolvePointer(doc, "/m~0n")).toBe(8);
  });

  it("decodes ~1 before ~0", () => {
    expect(resolvePointer({ "~1": "tilde-one", "/": "slash" }, "/~01")).toBe("tilde-one");
  });

  it("resolves null and nested values", () => {
    expect(resolvePointer({ a: null }, "/a")).toBeNull();
    expect(resolvePointer({ a: [{ b: [10, 20] }] }, "/a/0/b/1")).toBe(20);
  });

  it("throws a SyntaxError for a malformed pointer", () => {
    for (const bad of ["foo", "/a~2", "/a~", "#/a"])
      expect(() => resolvePointer({ foo: 1 }, bad)).toThrow(SyntaxError);
  });

  it("throws a RangeError for a pointer that does not resolve", () => {
    const doc = rfc();
    for (const bad of [
      "/missing",
      "/foo/2",
      "/foo/-",
      "/foo/01",
      "/foo/x",
      "/foo/length",
      "/foo/0/x",
      "/toString",
    ]) {
      expect(() => resolvePointer(doc, bad)).toThrow(RangeError);
    }
    expect(() => resolvePointer({ a: null }, "/a/b")).toThrow(RangeError);
    expect(() => resolvePointer({}, "/constructor")).toThrow(/constructor/);
  });
});

describe("setPointer", () => {
  it("replaces a value and leaves the input unchanged", () => {
    const doc = { foo: ["bar", "baz"], other: { deep: true } };
    const next = setPointer(doc, "/foo/1", "qux");
    expect(next).toEqual({ foo: ["bar", "qux"], other: { deep: true } });
    expect(doc).toEqual({ foo: ["bar", "baz"], other: { deep: true } });
  });

  it("copies only the path to the change and reuses everything else", () => {
    const doc = { foo: ["bar", "baz"], other: { deep: true }, list: [1] };
    const next = setPointer(doc, "/foo/0", "new") as typeof doc;
    expect(next).not.toBe(doc);
    expect(next.foo).not.toBe(doc.foo);
    expect(next.other).toBe(doc.other);
    expect(next.list).toBe(doc.list);
  });

  it("appends with - and adds new object properties", () => {
    const doc = { foo: ["bar"], obj: {} };
    expect(setPointer(doc, "/foo/-", "baz")).toEqual({ foo: ["bar", "baz"], obj: {} });
    expect(setPointer(doc, "/obj/a~1b", 1)).toEqual({ foo: ["bar"], obj: { "a/b": 1 } });
    expect(doc).toEqual({ foo: ["bar"], obj: {} });
  });

  it("returns the value itself for the empty pointer", () => {
    expect(setPointer({ a: 1 }, "", [1, 2])).toEqual([1, 2]);
  });

  it("throws a RangeError for a missing parent or a bad array index", () => {
    const doc = { foo: ["bar"], n: 5 };
    for (const bad of ["/missing/x", "/foo/1", "/foo/01", "/foo/-/x", "/n/x"]) {
      expect(() => setPointer(doc, bad, 1)).toThrow(RangeError);
    }
    expect(doc).toEqual({ foo: ["bar"], n: 5 });
  });

  it("throws a SyntaxError for a malformed pointer", () => {
    expect(() => setPointer({}, "a", 1)).toThrow(SyntaxError);
    expect(() => setPointer({}, "/~x", 1)).toThrow(SyntaxError);
  });
});

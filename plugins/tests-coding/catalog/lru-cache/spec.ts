import { createLruCache } from "./solution";

describe("createLruCache", () => {
  it("stores and returns values", () => {
    const cache = createLruCache<string, number>(3);
    cache.set("a", 1);
    cache.set("b", 2);
    expect(cache.get("a")).toBe(1);
    expect(cache.get("b")).toBe(2);
    expect(cache.size()).toBe(2);
  });

  it("returns undefined for a missing key", () => {
    const cache = createLruCache<string, number>(2);
    cache.set("a", 1);
    expect(cache.get("zzz")).toBeUndefined();
    expect(cache.size()).toBe(1);
  });

  it("evicts the least recently set entry when full", () => {
    const cache = createLruCache<string, number>(2);
    cache.set("a", 1);
    cache.set("b", 2);
    cache.set("c", 3);
    expect(cache.has("a")).toBe(false);
    expect(cache.get("a")).toBeUndefined();
    expect(cache.get("b")).toBe(2);
    expect(cache.get("c")).toBe(3);
    expect(cache.size()).toBe(2);
  });

  it("never holds more than its capacity", () => {
    const cache = createLruCache<number, number>(3);
    for (let i = 0; i < 10; i++) cache.set(i, i * i);
    expect(cache.size()).toBe(3);
    expect(cache.keys()).toEqual([7, 8, 9]);
  });

  it("get marks a key as most recently used", () => {
    const cache = createLruCache<string, number>(2);
    cache.set("a", 1);
    cache.set("b", 2);
    cache.get("a");
    cache.set("c", 3);
    expect(cache.has("a")).toBe(true);
    expect(cache.has("b")).toBe(false);
    expect(cache.keys()).toEqual(["a", "c"]);
  });

  it("has does not mark a key as used", () => {
    const cache = createLruCache<string, number>(2);
    cache.set("a", 1);
    cache.set("b", 2);
    expect(cache.has("a")).toBe(true);
    cache.set("c", 3);
    expect(cache.has("a")).toBe(false);
    expect(cache.keys()).toEqual(["b", "c"]);
  });

  it("set of a present key replaces the value, marks it used and evicts nothing", () => {
    const evicted: string[] = [];
    const cache = createLruCache<string, number>(2, (key) => evicted.push(key));
    cache.set("a", 1);
    cache.set("b", 2);
    cache.set("a", 10);
    expect(evicted).toEqual([]);
    expect(cache.size()).toBe(2);
    expect(cache.keys()).toEqual(["b", "a"]);
    cache.set("c", 3);
    expect(evicted).toEqual(["b"]);
    expect(cache.get("a")).toBe(10);
    expect(cache.keys()).toEqual(["c", "a"]);
  });

  it("calls onEvict with the evicted key and value", () => {
    const evicted: [string, number][] = [];
    const cache = createLruCache<string, number>(1, (key, value) => evicted.push([key, value]));
    cache.set("a", 1);
    cache.set("b", 2);
    cache.set("c", 3);
    expect(evicted).toEqual([
      ["a", 1],
      ["b", 2],
    ]);
  });

  it("does not call onEvict for delete or clear", () => {
    const evicted: string[] = [];
    const cache = createLruCache<string, number>(2, (key) => evicted.push(key));
    cache.set("a", 1);
    cache.set("b", 2);
    cache.delete("a");
    cache.clear();
    expect(evicted).toEqual([]);
  });

  it("delete removes an entry and reports whether it was there", () => {
    const cache = createLruCache<string, number>(2);
    cache.set("a", 1);
    expect(cache.delete("a")).toBe(true);
    expect(cache.delete("a")).toBe(false);
    expect(cache.has("a")).toBe(false);
    expect(cache.size()).toBe(0);
  });

  it("uses freed room after a delete instead of evicting", () => {
    const cache = createLruCache<string, number>(2);
    cache.set("a", 1);
    cache.set("b", 2);
    cache.delete("b");
    cache.set("c", 3);
    expect(cache.keys()).toEqual(["a", "c"]);
  });

  it("clear empties the cache and it keeps working", () => {
    const cache = createLruCache<string, number>(2);
    cache.set("a", 1);
    cache.set("b", 2);
    cache.clear();
    expect(cache.size()).toBe(0);
    expect(cache.keys()).toEqual([]);
    cache.set("c", 3);
    expect(cache.get("c")).toBe(3);
  });

  it("compares keys like a Map", () => {
    const cache = createLruCache<unknown, string>(4);
    const key = { id: 1 };
    cache.set(1, "number");
    cache.set("1", "string");
    cache.set(key, "object");
    expect(cache.get(1)).toBe("number");
    expect(cache.get("1")).toBe("string");
    expect(cache.get(key)).toBe("object");
    expect(cache.get({ id: 1 })).toBeUndefined();
  });

  it("keeps falsy values", () => {
    const cache = createLruCache<string, number | string | null>(3);
    cache.set("zero", 0);
    cache.set("empty", "");
    cache.set("null", null);
    expect(cache.get("zero")).toBe(0);
    expect(cache.get("empty")).toBe("");
    expect(cache.get("null")).toBeNull();
    expect(cache.keys()).toEqual(["zero", "empty", "null"]);
  });

  it("returns a new keys array", () => {
    const cache = createLruCache<string, number>(2);
    cache.set("a", 1);
    cache.keys().push("intruder");
    expect(cache.keys()).toEqual(["a"]);
  });

  it("makes independent caches", () => {
    const first = createLruCache<string, number>(2);
    const second = createLruCache<string, number>(2);
    first.set("a", 1);
    expect(second.has("a")).toBe(false);
    expect(second.size()).toBe(0);
  });

  it("throws a RangeError for a capacity that is not a positive integer", () => {
    expect(() => createLruCache(0)).toThrow(RangeError);
    expect(() => createLruCache(-1)).toThrow(RangeError);
    expect(() => createLruCache(1.5)).toThrow(RangeError);
  });
});

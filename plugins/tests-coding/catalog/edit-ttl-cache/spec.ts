import { createTtlCache } from "./solution";

function setup() {
  let time = 1000;
  const cache = createTtlCache<string>(100, () => time);
  return { cache, advance: (ms: number) => (time += ms) };
}

describe("createTtlCache", () => {
  it("expires an entry exactly at its ttl", () => {
    const { cache, advance } = setup();
    cache.set("a", "A");
    advance(99);
    expect(cache.get("a")).toBe("A");
    advance(1);
    expect(cache.get("a")).toBeUndefined();
  });
  it("has is false for an expired entry", () => {
    const { cache, advance } = setup();
    cache.set("a", "A");
    advance(100);
    expect(cache.has("a")).toBe(false);
  });
  it("size counts live entries only", () => {
    const { cache, advance } = setup();
    cache.set("a", "A");
    advance(50);
    cache.set("b", "B");
    expect(cache.size()).toBe(2);
    advance(50);
    expect(cache.size()).toBe(1);
  });
  it("purge removes expired entries and says how many", () => {
    const { cache, advance } = setup();
    cache.set("a", "A");
    cache.set("b", "B");
    advance(60);
    cache.set("c", "C");
    advance(40);
    expect(cache.purge()).toBe(2);
    expect(cache.purge()).toBe(0);
    expect(cache.get("c")).toBe("C");
  });
  it("set takes a ttl for one entry", () => {
    const { cache, advance } = setup();
    cache.set("short", "S", 10);
    cache.set("long", "L", 500);
    advance(150);
    expect(cache.has("short")).toBe(false);
    expect(cache.get("long")).toBe("L");
  });
  it("throws a RangeError for a bad ttl", () => {
    expect(() => createTtlCache(0)).toThrow(RangeError);
    expect(() => createTtlCache(-1)).toThrow(RangeError);
    expect(() => createTtlCache(Number.NaN)).toThrow(RangeError);
  });
});

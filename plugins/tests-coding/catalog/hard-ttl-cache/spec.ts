import { createTtlCache } from "./solution";

function setup(capacity = 3, ttlMs = 100) {
  const clock = { t: 0 };
  const cache = createTtlCache<string, number>({ capacity, ttlMs, now: () => clock.t });
  return { clock, cache };
}

describe("createTtlCache", () => {
  it("stores values until they expire, expiry included", () => {
    const { clock, cache } = setup();
    cache.set("a", 1);
    clock.t = 99;
    expect(cache.get("a")).toBe(1);
    expect(cache.has("a")).toBe(true);
    clock.t = 100;
    expect(cache.get("a")).toBeUndefined();
    expect(cache.has("a")).toBe(false);
    expect(cache.size()).toBe(0);
  });

  it("does not extend an entry's life when it is read", () => {
    const { clock, cache } = setup();
    cache.set("a", 1);
    clock.t = 90;
    cache.get("a");
    clock.t = 100;
    expect(cache.get("a")).toBeUndefined();
  });

  it("renews the expiry when a key is set again, and takes a per-entry time to live", () => {
    const { clock, cache } = setup();
    cache.set("a", 1);
    clock.t = 90;
    cache.set("a", 2);
    cache.set("short", 5, 10);
    clock.t = 100;
    expect(cache.get("a")).toBe(2);
    expect(cache.has("short")).toBe(false);
    clock.t = 189;
    expect(cache.get("a")).toBe(2);
  });

  it("evicts the least recently used live entry when full, get counting as use and has not", () => {
    const { cache } = setup(2);
    cache.set("a", 1);
    cache.set("b", 2);
    cache.get("a");
    cache.has("b");
    cache.set("c", 3);
    expect(cache.has("a")).toBe(true);
    expect(cache.has("b")).toBe(false);
    expect(cache.has("c")).toBe(true);
  });

  it("drops expired entries before evicting a live one", () => {
    const { clock, cache } = setup(2);
    cache.set("fresh", 2);
    cache.set("old", 1, 10);
    clock.t = 10;
    cache.set("new", 3);
    expect(cache.has("fresh")).toBe(true);
    expect(cache.has("new")).toBe(true);
    expect(cache.size()).toBe(2);
  });

  it("never evicts when replacing a live key", () => {
    const { cache } = setup(2);
    cache.set("a", 1);
    cache.set("b", 2);
    cache.set("a", 10);
    expect(cache.get("a")).toBe(10);
    expect(cache.get("b")).toBe(2);
  });

  it("treats expired entries as absent for delete and size", () => {
    const { clock, cache } = setup();
    cache.set("a", 1, 10);
    cache.set("b", 2);
    clock.t = 10;
    expect(cache.delete("a")).toBe(false);
    expect(cache.delete("b")).toBe(true);
    expect(cache.delete("zzz")).toBe(false);
    expect(cache.size()).toBe(0);
  });

  it("prunes expired entries and says how many", () => {
    const { clock, cache } = setup(5);
    cache.set("a", 1, 10);
    cache.set("b", 2, 20);
    cache.set("c", 3, 30);
    clock.t = 20;
    expect(cache.size()).toBe(1);
    expect(cache.prune()).toBe(2);
    expect(cache.prune()).toBe(0);
    expect(cache.size()).toBe(1);
  });

  it("throws a RangeError for a bad capacity or time to live, storing nothing", () => {
    const now = () => 0;
    for (const capacity of [0, -1, 1.5, Number.NaN])
      expect(() => createTtlCache({ capacity, ttlMs: 10, now })).toThrow(RangeError);
    for (const ttlMs of [0, -5, Number.NaN, Number.POSITIVE_INFINITY])
      expect(() => createTtlCache({ capacity: 1, ttlMs, now })).toThrow(RangeError);
    const { cache } = setup();
    expect(() => cache.set("a", 1, 0)).toThrow(RangeError);
    expect(cache.has("a")).toBe(false);
  });

  it("makes independent caches", () => {
    const first = setup();
    const second = setup();
    first.cache.set("a", 1);
    expect(second.cache.has("a")).toBe(false);
  });
});

import { describe, expect, it } from "vitest";
import { filterFlagOverrides, filtersOfFlags, isFiltered } from "./filter-flags.js";

describe("filter flags", () => {
  it("turn --suite into the suites filter and keep the others", () => {
    expect(filtersOfFlags({ models: ["m"], suite: ["coding"], passTypes: ["blind"] })).toEqual({
      models: ["m"],
      harnesses: undefined,
      tests: undefined,
      suites: ["coding"],
      passTypes: ["blind"],
    });
  });

  it("set repeats, concurrency and the switches turned off, nothing else", () => {
    expect(filterFlagOverrides({ cache: true, resources: true })).toEqual({});
    expect(filterFlagOverrides({ repeats: 2, concurrency: 3, cache: false, resources: false })).toEqual({
      repeats: 2,
      concurrency: 3,
      cache: false,
      resources: false,
    });
  });

  it("count filters and repeats as filtering, but not empty lists or concurrency", () => {
    expect(isFiltered({ models: [], concurrency: 4 })).toBe(false);
    expect(isFiltered({ tests: ["smoke"] })).toBe(true);
    expect(isFiltered({ repeats: 1 })).toBe(true);
  });
});

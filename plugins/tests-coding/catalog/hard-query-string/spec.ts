import { parseQuery, stringifyQuery } from "./solution";

describe("parseQuery", () => {
  it("parses pairs, with or without a leading ?", () => {
    expect(parseQuery("a=1&b=two")).toEqual({ a: "1", b: "two" });
    expect(parseQuery("?a=1")).toEqual({ a: "1" });
    expect(parseQuery("")).toEqual({});
    expect(parseQuery("?")).toEqual({});
  });

  it("collects repeated keys into arrays in order", () => {
    const query = parseQuery("t=1&t=2&u=3&t=3");
    expect(query).toEqual({ t: ["1", "2", "3"], u: "3" });
    expect(Object.keys(query)).toEqual(["t", "u"]);
  });

  it("gives a pair without = the value '' and allows an empty key", () => {
    expect(parseQuery("flag&a=&=v")).toEqual({ flag: "", a: "", "": "v" });
  });

  it("splits a pair at its first =", () => {
    expect(parseQuery("eq=a=b&x==")).toEqual({ eq: "a=b", x: "=" });
  });

  it("turns + into spaces before percent-decoding UTF-8", () => {
    expect(parseQuery("q=hello+world%21&x=%2B1&k%20ey=caf%C3%A9&e=%F0%9F%98%80")).toEqual({
      q: "hello world!",
      x: "+1",
      "k ey": "café",
      e: "😀",
    });
  });

  it("skips empty pairs", () => {
    expect(parseQuery("a=1&&b=2&")).toEqual({ a: "1", b: "2" });
    expect(parseQuery("&&")).toEqual({});
  });

  it("throws a URIError for a malformed percent sequence", () => {
    for (const bad of ["a=%", "a=%zz", "a=%E0%A4%A", "%C3=1", "a=100%"])
      expect(() => parseQuery(bad)).toThrow(URIError);
  });

  it("stores __proto__ and other built-in names as own keys without touching prototypes", () => {
    const query = parseQuery("__proto__=x&constructor=c&hasOwnProperty=h&a=1");
    expect(Object.hasOwn(query, "__proto__")).toBe(true);
    expect(Object.getOwnPropertyDescriptor(query, "__proto__")?.value).toBe("x");
    expect(query.constructor).toBe("c");
    expect(query.a).toBe("1");
    expect(({} as Record<string, unknown>).x).toBeUndefined();
    const twice = parseQuery("__proto__=1&__proto__=2");
    expect(Object.getOwnPropertyDescriptor(twice, "__proto__")?.value).toEqual(["1", "2"]);
  });
});

describe("stringifyQuery", () => {
  it("encodes keys and values, spaces as +", () => {
    expect(stringifyQuery({ q: "1 + 1", "k ey": "café&=" })).toBe("q=1+%2B+1&k+ey=caf%C3%A9%26%3D");
  });

  it("repeats a key for each value of an array and writes empty values", () => {
    expect(stringifyQuery({ tag: ["a", "b"], e: "", none: [] })).toBe("tag=a&tag=b&e=");
    expect(stringifyQuery({})).toBe("");
  });

  it("round-trips through parseQuery", () => {
    const params = { q: "hello world!", tags: ["a+b", "c d", "é"], "x=y": "&", empty: "" };
    expect(parseQuery(stringifyQuery(params))).toEqual(params);
  });
});

import { parseQuery, stringifyQuery } from "./solution";

describe("parseQuery", () => {
  it("collects repeated keys in order", () => {
    expect(parseQuery("?tag=a&tag=b&tag=c&x=1")).toEqual({ tag: ["a", "b", "c"], x: "1" });
  });
  it("reads plus as a space and %2B as a plus", () => {
    expect(parseQuery("q=hello+world&p=1%2B1")).toEqual({ q: "hello world", p: "1+1" });
    expect(parseQuery("a+b=c")).toEqual({ "a b": "c" });
  });
  it("splits on the first equals sign only", () => {
    expect(parseQuery("redirect=a=b")).toEqual({ redirect: "a=b" });
  });
  it("reads a part without equals as an empty value", () => {
    expect(parseQuery("flag&x=1")).toEqual({ flag: "", x: "1" });
  });
  it("skips empty parts", () => {
    expect(Object.keys(parseQuery(""))).toEqual([]);
    expect(Object.keys(parseQuery("?"))).toEqual([]);
    expect(parseQuery("a=1&&b=2")).toEqual({ a: "1", b: "2" });
  });
  it("keeps __proto__ as an ordinary key", () => {
    const query = parseQuery("__proto__=x&constructor=y");
    expect(Object.keys(query).sort()).toEqual(["__proto__", "constructor"]);
    expect(Object.getOwnPropertyDescriptor(query, "__proto__")?.value).toBe("x");
    expect(({} as Record<string, unknown>).x).toBeUndefined();
  });
});

describe("stringifyQuery", () => {
  it("repeats a key for each value of an array", () => {
    expect(stringifyQuery({ tag: ["a", "b"], q: "x y" })).toBe("tag=a&tag=b&q=x%20y");
  });
  it("round-trips through parseQuery", () => {
    const query = { tag: ["a&b", "c"], q: "1+1 = 2" };
    expect(parseQuery(stringifyQuery(query))).toEqual(query);
  });
});

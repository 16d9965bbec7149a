import { TokenizeError, tokenize } from "./solution";

function offsetOfError(source: string): number {
  try {
    tokenize(source);
  } catch (error) {
    expect(error).toBeInstanceOf(TokenizeError);
    expect((error as Error).message).toMatch(/at offset \d+$/);
    return (error as TokenizeError).offset;
  }
  throw new Error(`expected ${source} to fail`);
}

describe("tokenize", () => {
  it("gives every token its offset", () => {
    expect(tokenize("a + 12")).toEqual([
      { type: "name", value: "a", offset: 0 },
      { type: "op", value: "+", offset: 2 },
      { type: "number", value: 12, offset: 4 },
    ]);
  });
  it("reads fractions and exponents", () => {
    const values = tokenize("1.5 .5 1e3 2.5E-2 1e+2").map((t) => t.value);
    expect(values).toEqual([1.5, 0.5, 1000, 0.025, 100]);
  });
  it("reads strings with escapes", () => {
    expect(tokenize('"a\\"b" + "x\\\\y\\n\\t"')).toEqual([
      { type: "string", value: 'a"b', offset: 0 },
      { type: "op", value: "+", offset: 7 },
      { type: "string", value: "x\\y\n\t", offset: 9 },
    ]);
    expect(tokenize('""')).toEqual([{ type: "string", value: "", offset: 0 }]);
  });
  it("refuses malformed numbers at their start", () => {
    expect(offsetOfError("x + 1.2.3")).toBe(4);
    expect(offsetOfError("1e")).toBe(0);
    expect(offsetOfError("2 * 12abc")).toBe(4);
    expect(offsetOfError("1e+")).toBe(0);
    expect(offsetOfError("a . b")).toBe(2);
  });
  it("refuses unterminated strings at their start and bad escapes at the backslash", () => {
    expect(offsetOfError('a + "open')).toBe(4);
    expect(offsetOfError('"ok\\q"')).toBe(3);
  });
  it("refuses unknown characters where they are", () => {
    expect(offsetOfError("a $ b")).toBe(2);
  });
  it("keeps names and operators", () => {
    expect(tokenize("(f_1*x)").map((t) => [t.type, t.value])).toEqual([
      ["op", "("],
      ["name", "f_1"],
      ["op", "*"],
      ["name", "x"],
      ["op", ")"],
    ]);
  });
});

import { findBracketError } from "./solution";

describe("findBracketError", () => {
  it("accepts balanced, nested brackets and text without any", () => {
    expect(findBracketError("f(a[1], {b: [2, (3)]})")).toBeNull();
    expect(findBracketError("")).toBeNull();
    expect(findBracketError("plain text")).toBeNull();
  });

  it("reports a closing bracket that does not match as unexpected, at once", () => {
    expect(findBracketError("(]")).toEqual({ index: 1, reason: "unexpected" });
    expect(findBracketError(")")).toEqual({ index: 0, reason: "unexpected" });
    expect(findBracketError("a(b))")).toEqual({ index: 4, reason: "unexpected" });
    expect(findBracketError("( ] )")).toEqual({ index: 2, reason: "unexpected" });
  });

  it("reports the innermost bracket still open at the end", () => {
    expect(findBracketError("{ [ (")).toEqual({ index: 4, reason: "unclosed" });
    expect(findBracketError("f(x")).toEqual({ index: 1, reason: "unclosed" });
    expect(findBracketError("{ () [")).toEqual({ index: 5, reason: "unclosed" });
  });

  it("ignores brackets inside strings of every kind", () => {
    expect(findBracketError(`"(" + ')' + \`]\``)).toBeNull();
    expect(findBracketError("`a\n(`")).toBeNull();
  });

  it("honours backslash escapes inside strings", () => {
    expect(findBracketError(`'a\\'('`)).toBeNull();
    expect(findBracketError(`"\\\\"(`)).toEqual({ index: 4, reason: "unclosed" });
    expect(findBracketError(`"\\"("`)).toBeNull();
  });

  it("reports an unterminated string at its opening quote", () => {
    expect(findBracketError('x = "abc')).toEqual({ index: 4, reason: "unterminated-string" });
    expect(findBracketError("'ab\n'")).toEqual({ index: 0, reason: "unterminated-string" });
    expect(findBracketError("(`abc")).toEqual({ index: 1, reason: "unterminated-string" });
  });

  it("ignores line and block comments", () => {
    expect(findBracketError("// (\n)")).toEqual({ index: 5, reason: "unexpected" });
    expect(findBracketError("/* ( */ ()")).toBeNull();
    expect(findBracketError("(/* ) */)")).toBeNull();
    expect(findBracketError("x /* a\n ( \n*/ y")).toBeNull();
  });

  it("reports an unterminated block comment at its slash", () => {
    expect(findBracketError("() /* (")).toEqual({ index: 3, reason: "unterminated-comment" });
  });

  it("gives comment markers in strings and quotes in comments no meaning", () => {
    expect(findBracketError('"// (" (')).toEqual({ index: 7, reason: "unclosed" });
    expect(findBracketError('// "\n(')).toEqual({ index: 5, reason: "unclosed" });
    expect(findBracketError("'/*' ()")).toBeNull();
  });

  it("treats a lone slash as an ordinary character", () => {
    expect(findBracketError("a / (b)")).toBeNull();
    expect(findBracketError("a /(b")).toEqual({ index: 3, reason: "unclosed" });
  });
});

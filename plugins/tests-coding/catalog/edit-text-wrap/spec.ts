import { wrap } from "./solution";

describe("wrap", () => {
  it("keeps every line within the width", () => {
    expect(wrap("the quick brown fox jumps", 10)).toEqual(["the quick", "brown fox", "jumps"]);
  });
  it("cuts long words", () => {
    expect(wrap("a verylongword", 4)).toEqual(["a", "very", "long", "word"]);
    expect(wrap("ab cdefghij k", 4)).toEqual(["ab", "cdef", "ghij", "k"]);
    expect(wrap("abcdefg hi", 3)).toEqual(["abc", "def", "g", "hi"]);
  });
  it("collapses whitespace", () => {
    expect(wrap("  a   b\tc  ", 10)).toEqual(["a b c"]);
  });
  it("keeps newlines as line ends", () => {
    expect(wrap("one two\n\nthree", 20)).toEqual(["one two", "", "three"]);
    expect(wrap("", 5)).toEqual([""]);
  });
  it("throws a RangeError for a bad width", () => {
    expect(() => wrap("a", 0)).toThrow(RangeError);
    expect(() => wrap("a", 2.5)).toThrow(RangeError);
  });
});

import { wrapText } from "./solution";

describe("wrapText", () => {
  it("fills lines greedily", () => {
    expect(wrapText("the quick brown fox", 10)).toEqual(["the quick", "brown fox"]);
    expect(wrapText("a b c d e f", 3)).toEqual(["a b", "c d", "e f"]);
  });

  it("allows a line of exactly the width and never more", () => {
    expect(wrapText("ab cd", 5)).toEqual(["ab cd"]);
    expect(wrapText("ab cde", 5)).toEqual(["ab", "cde"]);
    expect(wrapText("abcd efgh", 4)).toEqual(["abcd", "efgh"]);
  });

  it("collapses runs of spaces and tabs and drops them at the ends", () => {
    expect(wrapText("  a  \t b   c  ", 20)).toEqual(["a b c"]);
    expect(wrapText("a\tb", 1)).toEqual(["a", "b"]);
  });

  it("wraps each input line on its own and keeps empty lines", () => {
    expect(wrapText("one  two\n\nthree", 3)).toEqual(["one", "two", "", "thr", "ee"]);
    expect(wrapText("a\n", 5)).toEqual(["a", ""]);
    expect(wrapText("a b\n   \nc", 9)).toEqual(["a b", "", "c"]);
  });

  it("gives one empty line for empty text", () => {
    expect(wrapText("", 4)).toEqual([""]);
    expect(wrapText(" \t ", 4)).toEqual([""]);
  });

  it("cuts a word longer than the width into pieces on new lines", () => {
    expect(wrapText("abcdefghij", 4)).toEqual(["abcd", "efgh", "ij"]);
    expect(wrapText("hi abcdefgh", 4)).toEqual(["hi", "abcd", "efgh"]);
    expect(wrapText("abcdefghij klm", 4)).toEqual(["abcd", "efgh", "ij", "klm"]);
  });

  it("lets later words join the last piece of a cut word", () => {
    expect(wrapText("xy abcdef z", 4)).toEqual(["xy", "abcd", "ef z"]);
    expect(wrapText("abcdefg h i", 5)).toEqual(["abcde", "fg h", "i"]);
  });

  it("wraps at width 1", () => {
    expect(wrapText("ab c", 1)).toEqual(["a", "b", "c"]);
  });

  it("throws a RangeError when width is not a positive integer", () => {
    for (const bad of [0, -3, 2.5, Number.NaN]) expect(() => wrapText("a b", bad)).toThrow(RangeError);
  });
});

import { toCsv } from "./solution";

describe("toCsv", () => {
  it("quotes fields with commas, quotes and line breaks", () => {
    expect(
      toCsv(
        ["name", "note"],
        [
          ["Bolt, 5mm", 'say "hi"'],
          ["a\nb", "plain"],
        ],
      ),
    ).toBe('name,note\r\n"Bolt, 5mm","say ""hi"""\r\n"a\nb",plain\r\n');
  });
  it("quotes fields with edge whitespace and header fields", () => {
    expect(toCsv([" id", "x,y"], [[" 1", 2]])).toBe('" id","x,y"\r\n" 1",2\r\n');
  });
  it("writes null and undefined as empty fields", () => {
    expect(toCsv(["a", "b", "c"], [[null, undefined, 0]])).toBe("a,b,c\r\n,,0\r\n");
  });
  it("ends every line with CRLF", () => {
    expect(toCsv(["a"], [])).toBe("a\r\n");
  });
  it("throws a RangeError for a row of the wrong length", () => {
    expect(() => toCsv(["a", "b"], [["1", "2"], ["3"]])).toThrow(RangeError);
    expect(() => toCsv(["a", "b"], [["1", "2"], ["3"]])).toThrow("row 2");
  });
});

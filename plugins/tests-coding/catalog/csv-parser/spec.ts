import { parseCsv, stringifyCsv } from "./solution";

describe("parseCsv", () => {
  it("splits records and fields", () => {
    expect(parseCsv("a,b,c\n1,2,3")).toEqual([
      ["a", "b", "c"],
      ["1", "2", "3"],
    ]);
  });

  it("returns no records for an empty text", () => {
    expect(parseCsv("")).toEqual([]);
  });

  it("does not start a record after the final line break", () => {
    expect(parseCsv("a,b\n")).toEqual([["a", "b"]]);
    expect(parseCsv("a,b\r\n")).toEqual([["a", "b"]]);
    expect(parseCsv("a,b\n\n")).toEqual([["a", "b"], [""]]);
  });

  it("accepts CRLF, LF and lone CR line breaks, mixed", () => {
    expect(parseCsv("a\r\nb\nc\rd")).toEqual([["a"], ["b"], ["c"], ["d"]]);
  });

  it("keeps empty fields at the start, middle and end", () => {
    expect(parseCsv(",a,,\n,")).toEqual([
      ["", "a", "", ""],
      ["", ""],
    ]);
  });

  it("keeps an empty line in the middle as a record with one empty field", () => {
    expect(parseCsv("a\n\nb")).toEqual([["a"], [""], ["b"]]);
  });

  it("keeps records of different lengths", () => {
    expect(parseCsv("a,b,c\nd\ne,f")).toEqual([["a", "b", "c"], ["d"], ["e", "f"]]);
  });

  it("never trims spaces", () => {
    expect(parseCsv(" a , b ,\t c")).toEqual([[" a ", " b ", "\t c"]]);
  });

  it("reads commas inside quoted fields", () => {
    expect(parseCsv('"Smith, John",42,"a,b,c"')).toEqual([["Smith, John", "42", "a,b,c"]]);
  });

  it("reads doubled quotes as one quote", () => {
    expect(parseCsv('"say ""hi""",""""')).toEqual([['say "hi"', '"']]);
  });

  it("keeps line breaks inside quoted fields exactly", () => {
    expect(parseCsv('id,note\r\n1,"line one\r\nline two\nline three"\r\n2,x')).toEqual([
      ["id", "note"],
      ["1", "line one\r\nline two\nline three"],
      ["2", "x"],
    ]);
  });

  it("reads an empty quoted field", () => {
    expect(parseCsv('"",a,""\n""')).toEqual([["", "a", ""], [""]]);
  });

  it("treats a quote inside an unquoted field as an ordinary character", () => {
    expect(parseCsv('5" screen,x\nab"c"d')).toEqual([['5" screen', "x"], ['ab"c"d']]);
  });

  it("throws a SyntaxError for a quoted field without a closing quote", () => {
    expect(() => parseCsv('a,"unterminated\nb,c')).toThrow(SyntaxError);
    expect(() => parseCsv('"')).toThrow(SyntaxError);
  });

  it("throws a SyntaxError for text after a closing quote", () => {
    expect(() => parseCsv('"quoted"tail,b')).toThrow(SyntaxError);
    expect(() => parseCsv('"a" ,b')).toThrow(SyntaxError);
  });

  it("parses a larger table", () => {
    const lines = ["id,name,comment"];
    for (let i = 1; i <= 500; i++) lines.push(`${i},"name ${i}","has ""quotes"", commas\nand lines"`);
    const rows = parseCsv(lines.join("\r\n"));
    expect(rows).toHaveLength(501);
    expect(rows[500]).toEqual(["500", "name 500", 'has "quotes", commas\nand lines']);
  });
});

describe("stringifyCsv", () => {
  it("joins fields with commas and records with CRLF, without a final line break", () => {
    expect(
      stringifyCsv([
        ["a", "b"],
        ["1", "2"],
      ]),
    ).toBe("a,b\r\n1,2");
  });

  it("writes nothing for no rows", () => {
    expect(stringifyCsv([])).toBe("");
  });

  it("quotes fields with commas, quotes and line breaks, doubling quotes", () => {
    expect(stringifyCsv([["a,b", 'say "hi"', "x\ny", "cr\r"]])).toBe('"a,b","say ""hi""","x\ny","cr\r"');
  });

  it("leaves other fields as they are", () => {
    expect(stringifyCsv([[" spaced ", "", "plain", "it's"]])).toBe(" spaced ,,plain,it's");
  });

  it("writes a record with one empty field as a quoted empty field", () => {
    expect(stringifyCsv([["a"], [""], ["b"]])).toBe('a\r\n""\r\nb');
  });

  it("writes text that parses back to the same rows", () => {
    const rows = [
      ["id", "text", ""],
      ["1", 'quote " inside', "comma, inside"],
      [""],
      ["2", "multi\r\nline\nfield", "  spaces  "],
      ['"', '""', ","],
    ];
    expect(parseCsv(stringifyCsv(rows))).toEqual(rows);
  });
});

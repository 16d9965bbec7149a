import { splitArgs } from "./solution";

describe("splitArgs", () => {
  it("splits at runs of whitespace and ignores it at the ends", () => {
    expect(splitArgs("ls -la  /tmp")).toEqual(["ls", "-la", "/tmp"]);
    expect(splitArgs(" \t a\nb  ")).toEqual(["a", "b"]);
    expect(splitArgs("")).toEqual([]);
    expect(splitArgs(" \t\n ")).toEqual([]);
  });

  it("keeps everything inside single quotes literally", () => {
    expect(splitArgs(String.raw`echo 'a  b' 'c\d' '"x"'`)).toEqual(["echo", "a  b", String.raw`c\d`, '"x"']);
    expect(splitArgs("'a\\\nb'")).toEqual(["a\\\nb"]);
  });

  it("honours only the double-quote escapes inside double quotes", () => {
    expect(splitArgs(String.raw`"a \"b\" \\ \$x \` \n"`)).toEqual([
      String.raw`a "b" \ $x ` + "` " + String.raw`\n`,
    ]);
    expect(splitArgs('"a\\\nb"')).toEqual(["ab"]);
    expect(splitArgs(`"it's"`)).toEqual(["it's"]);
  });

  it("takes the character after a backslash outside quotes literally", () => {
    expect(splitArgs(String.raw`a\ b c\"d \\ \'`)).toEqual(["a b", 'c"d', "\\", "'"]);
  });

  it("joins lines at a backslash before a line break", () => {
    expect(splitArgs("a\\\nb")).toEqual(["ab"]);
    expect(splitArgs("a \\\n b")).toEqual(["a", "b"]);
  });

  it("joins quoted and unquoted parts next to each other into one word", () => {
    expect(splitArgs(`a"b c"d'e f'`)).toEqual(["ab cde f"]);
    expect(splitArgs(`a''b`)).toEqual(["ab"]);
  });

  it("makes an empty word of empty quotes", () => {
    expect(splitArgs(`'' ""`)).toEqual(["", ""]);
    expect(splitArgs("a ''")).toEqual(["a", ""]);
  });

  it("ignores a comment that begins a word, to the end of its line", () => {
    expect(splitArgs("a #b c\nd")).toEqual(["a", "d"]);
    expect(splitArgs("#only")).toEqual([]);
    expect(splitArgs("a#b '#x' \"#y\"")).toEqual(["a#b", "#x", "#y"]);
  });

  it("throws a SyntaxError for an unclosed quote or a trailing backslash", () => {
    for (const bad of ["'abc", '"abc', "abc\\", '"a\\"', "ok 'x", 'a"b']) {
      expect(() => splitArgs(bad)).toThrow(SyntaxError);
    }
  });
});

import { IniSyntaxError, parseIni } from "./solution";

function errorOf(text: string): IniSyntaxError {
  try {
    parseIni(text);
  } catch (error) {
    expect(error).toBeInstanceOf(IniSyntaxError);
    return error as IniSyntaxError;
  }
  throw new Error("expected an IniSyntaxError");
}

describe("parseIni", () => {
  it("reads sections, keeping keys before the first header in the empty section", () => {
    const ini = parseIni("top = 1\n[server]\nhost = example.org\nport=8080\n[ client ]\nname=x\n");
    expect(ini).toEqual({
      "": { top: "1" },
      server: { host: "example.org", port: "8080" },
      client: { name: "x" },
    });
  });
  it("always has the empty section", () => {
    expect(parseIni("")).toEqual({ "": {} });
  });
  it("merges repeated sections and lets later keys win", () => {
    expect(parseIni("[a]\nx=1\n[b]\ny=2\n[a]\nz=3")).toEqual({
      "": {},
      a: { x: "1", z: "3" },
      b: { y: "2" },
    });
    expect(parseIni("x=1\nx=2")).toEqual({ "": { x: "2" } });
  });
  it("ignores comments and blank lines, and reads CRLF", () => {
    expect(parseIni("; comment\r\n  # another\r\n\r\nk = v\r\n")).toEqual({ "": { k: "v" } });
  });
  it("splits on the first equals sign", () => {
    expect(parseIni("url = a=b=c")[""]).toEqual({ url: "a=b=c" });
  });
  it("keeps quoted values and reads escapes", () => {
    expect(parseIni('name = " a;b # c "')[""]!.name).toBe(" a;b # c ");
    expect(parseIni('q = "say \\"hi\\"\\\\n\\n"')[""]!.q).toBe('say "hi"\\n\n');
  });
  it("reports the line of each kind of error", () => {
    const noEquals = errorOf("a=1\n\njust words");
    expect(noEquals.line).toBe(3);
    expect(noEquals.message).toMatch(/^line 3:/);
    expect(errorOf("= value").line).toBe(1);
    expect(errorOf("x=1\n[open").line).toBe(2);
    expect(errorOf("[]").line).toBe(1);
    expect(errorOf('k = "unterminated').line).toBe(1);
  });
  it("treats __proto__ as an ordinary name", () => {
    const ini = parseIni("[__proto__]\npolluted = yes\n[s]\n__proto__ = x");
    expect(Object.keys(ini).sort()).toEqual(["", "__proto__", "s"]);
    expect(Object.getOwnPropertyDescriptor(ini.s, "__proto__")?.value).toBe("x");
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});

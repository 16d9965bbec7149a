import { escapeHtml, unescapeHtml } from "./solution";

describe("escapeHtml", () => {
  it("escapes each special character once", () => {
    expect(escapeHtml("a < b")).toBe("a &lt; b");
    expect(escapeHtml('<a href="x">')).toBe("&lt;a href=&quot;x&quot;&gt;");
    expect(escapeHtml("Tom & Jerry")).toBe("Tom &amp; Jerry");
  });
  it("escapes single quotes", () => {
    expect(escapeHtml("it's")).toBe("it&#39;s");
  });
  it("escapes text that looks like an entity", () => {
    expect(escapeHtml("&lt;")).toBe("&amp;lt;");
  });
  it("leaves plain text alone", () => {
    expect(escapeHtml("plain text 123")).toBe("plain text 123");
  });
});

describe("unescapeHtml", () => {
  it("reverses escapeHtml", () => {
    for (const s of ["a < b", 'it\'s "quoted"', "&lt;", "&amp;lt;", "&&&", "<<>>", "&#39;"]) {
      expect(unescapeHtml(escapeHtml(s))).toBe(s);
    }
  });
  it("unescapes one level only", () => {
    expect(unescapeHtml("&amp;lt;")).toBe("&lt;");
    expect(unescapeHtml("it&#39;s")).toBe("it's");
  });
});

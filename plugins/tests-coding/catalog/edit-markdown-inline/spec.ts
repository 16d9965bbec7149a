import { renderInline } from "./solution";

describe("renderInline", () => {
  it("keeps code spans literal", () => {
    expect(renderInline("use `a*b*c` here")).toBe("use <code>a*b*c</code> here");
    expect(renderInline("**bold** and `**not**`")).toBe("<strong>bold</strong> and <code>**not**</code>");
  });
  it("escapes HTML inside and outside code", () => {
    expect(renderInline("a < b `x<y && z`")).toBe("a &lt; b <code>x&lt;y &amp;&amp; z</code>");
  });
  it("closes a code span with a fence of the same length", () => {
    expect(renderInline("``a ` b``")).toBe("<code>a ` b</code>");
    expect(renderInline("`a``b`")).toBe("<code>a``b</code>");
  });
  it("strips one space from both ends of padded code", () => {
    expect(renderInline("`` `tick` ``")).toBe("<code>`tick`</code>");
    expect(renderInline("` a`")).toBe("<code> a</code>");
  });
  it("treats an unmatched backtick as text", () => {
    expect(renderInline("it`s *fine*")).toBe("it`s <em>fine</em>");
  });
  it("renders bold and italic only around non-space text", () => {
    expect(renderInline("**b** *i*")).toBe("<strong>b</strong> <em>i</em>");
    expect(renderInline("a * b * c")).toBe("a * b * c");
  });
  it("reads an escaped asterisk as a literal", () => {
    expect(renderInline("\\*not italic\\*")).toBe("*not italic*");
  });
});

import { describe, expect, it } from "vitest";
import { escapeHtml, toScriptJson } from "./escape-html.js";

describe("escapeHtml", () => {
  it("escapes markup and both quote kinds", () => {
    expect(escapeHtml(`<img src=x onerror="a('b')"> & co`)).toBe(
      "&lt;img src=x onerror=&quot;a(&#39;b&#39;)&quot;&gt; &amp; co",
    );
  });
});

describe("toScriptJson", () => {
  it("cannot close its script element or open a comment, and parses back to the same value", () => {
    const value = { a: "</script><script>alert(1)</script><!-- \u2028 \u2029 & >" };
    const json = toScriptJson(value);
    expect(json).not.toMatch(/[<>&\u2028\u2029]/);
    expect(JSON.parse(json)).toEqual(value);
  });
});

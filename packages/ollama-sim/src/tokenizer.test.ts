import { describe, expect, it } from "vitest";
import { countTokens, splitTokens } from "./tokenizer.js";

describe("splitTokens", () => {
  it("splits into pieces that join back to the exact text", () => {
    const text = "  export function add(a: number, b: number) {\n\treturn a + b;\n}  \n";
    expect(splitTokens(text).join("")).toBe(text);
  });

  it("keeps pieces to at most four visible characters with their leading whitespace", () => {
    expect(splitTokens("Hello wonderful world")).toEqual(["Hell", "o", " wond", "erfu", "l", " worl", "d"]);
  });

  it("never cuts a character outside the basic plane in half", () => {
    expect(splitTokens("🙂🙂🙂🙂🙂").join("|")).toBe("🙂🙂🙂🙂|🙂");
  });
});

describe("countTokens", () => {
  it("counts about one token per four characters of words", () => {
    expect(countTokens("")).toBe(0);
    expect(countTokens("abcd efgh")).toBe(2);
    expect(countTokens("a b c")).toBe(3);
  });
});

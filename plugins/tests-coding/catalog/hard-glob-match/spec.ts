import { globMatch } from "./solution";

const cases = (rows: [pattern: string, path: string, expected: boolean][]) => {
  for (const [pattern, path, expected] of rows) {
    expect({ pattern, path, matches: globMatch(pattern, path) }).toEqual({
      pattern,
      path,
      matches: expected,
    });
  }
};

describe("globMatch", () => {
  it("matches literal paths whole and case-sensitively", () => {
    cases([
      ["src/index.ts", "src/index.ts", true],
      ["src/index.ts", "src/index.js", false],
      ["README.md", "readme.md", false],
      ["index.ts", "src/index.ts", false],
      ["src", "src/index.ts", false],
    ]);
  });

  it("matches ? against one character other than /", () => {
    cases([
      ["file?.txt", "file1.txt", true],
      ["file?.txt", "file10.txt", false],
      ["file?.txt", "file.txt", false],
      ["a?b", "a/b", false],
    ]);
  });

  it("matches * against any run without /, the empty run included", () => {
    cases([
      ["*.ts", "index.ts", true],
      ["*.ts", "src/index.ts", false],
      ["src/*", "src/", true],
      ["*", "", true],
      ["a*b*c", "abc", true],
      ["a*b*c", "axxbyyc", true],
      ["a*b*c", "axxbyy", false],
      ["*/*.ts", "src/a.ts", true],
      ["*/*.ts", "src/x/a.ts", false],
    ]);
  });

  it("matches ** as a whole segment against any number of segments", () => {
    cases([
      ["src/**/*.ts", "src/a.ts", true],
      ["src/**/*.ts", "src/x/y/a.ts", true],
      ["src/**/*.ts", "lib/a.ts", false],
      ["**/test.ts", "test.ts", true],
      ["**/test.ts", "a/b/test.ts", true],
      ["**/test.ts", "a/b/mytest.ts", false],
      ["a/**/b", "a/b", true],
      ["a/**/b", "a/x/y/b", true],
      ["src/**", "src/a/b", true],
      ["src/**", "src", false],
      ["**", "any/thing/at/all", true],
    ]);
  });

  it("treats a ** that is not a whole segment like *", () => {
    cases([
      ["a**b", "axxb", true],
      ["a**b", "ax/xb", false],
      ["x/**.ts", "x/a.ts", true],
      ["x/**.ts", "x/a/b.ts", false],
    ]);
  });

  it("matches character classes, ranges and negated classes, never /", () => {
    cases([
      ["[abc].ts", "b.ts", true],
      ["[abc].ts", "d.ts", false],
      ["[a-c]x", "cx", true],
      ["[a-c]x", "Cx", false],
      ["[!a-c]x", "dx", true],
      ["[!a-c]x", "bx", false],
      ["[!a-c]x", "/x", false],
      ["a[/]b", "a/b", false],
      ["[0-9][0-9]", "42", true],
    ]);
  });

  it("reads ] first in a class as a member and an unclosed [ as a literal", () => {
    cases([
      ["[]]", "]", true],
      ["[!]]", "a", true],
      ["[!]]", "]", false],
      ["[abc", "[abc", true],
      ["a[", "a[", true],
    ]);
  });

  it("makes the character after \\ literal", () => {
    cases([
      ["\\*.ts", "*.ts", true],
      ["\\*.ts", "a.ts", false],
      ["a\\?", "a?", true],
      ["a\\?", "ab", false],
      ["\\[x]", "[x]", true],
      ["end\\", "end\\", true],
    ]);
  });

  it("gives regular-expression characters no special meaning", () => {
    cases([
      ["a.b", "axb", false],
      ["a.b", "a.b", true],
      ["(a)+", "(a)+", true],
      ["^$", "^$", true],
      ["{a,b}", "a", false],
      ["a|b", "a|b", true],
    ]);
  });
});

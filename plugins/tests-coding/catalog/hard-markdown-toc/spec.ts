import { buildToc } from "./solution";

const e = (level: number, text: string, slug: string) => ({ level, text, slug });

describe("buildToc", () => {
  it("lists ATX headings with their level, text and slug", () => {
    expect(buildToc("# Intro\ntext\n## Getting Started\n### API")).toEqual([
      e(1, "Intro", "intro"),
      e(2, "Getting Started", "getting-started"),
      e(3, "API", "api"),
    ]);
    expect(buildToc("")).toEqual([]);
  });

  it("needs a space after the #s and at most three leading spaces", () => {
    expect(buildToc("#tag\n####### seven\n   ## three spaces\n    # four spaces\n#\tTab")).toEqual([
      e(2, "three spaces", "three-spaces"),
      e(1, "Tab", "tab"),
    ]);
  });

  it("stops at maxDepth, 3 by default", () => {
    const md = "# A\n## B\n### C\n#### D\n##### E";
    expect(buildToc(md).map((entry) => entry.text)).toEqual(["A", "B", "C"]);
    expect(buildToc(md, 1).map((entry) => entry.text)).toEqual(["A"]);
    expect(buildToc(md, 6).map((entry) => entry.text)).toEqual(["A", "B", "C", "D", "E"]);
  });

  it("removes a closing run of # and inline markup from the text", () => {
    expect(
      buildToc(
        "## Set up npm ##\n# C# language\n## Use `npm ci` **now**\n## See [the docs](https://x.org/a_b)",
      ),
    ).toEqual([
      e(2, "Set up npm", "set-up-npm"),
      e(1, "C# language", "c-language"),
      e(2, "Use npm ci now", "use-npm-ci-now"),
      e(2, "See the docs", "see-the-docs"),
    ]);
  });

  it("skips headings inside fenced code blocks, fences closing only on their own kind", () => {
    const md = [
      "# Before",
      "```ts",
      "# inside",
      "~~~",
      "# still inside",
      "```",
      "# After",
      "~~~~",
      "# in tildes",
      "~~~",
      "# still in tildes",
      "~~~~~",
      "# Done",
    ].join("\n");
    expect(buildToc(md).map((entry) => entry.text)).toEqual(["Before", "After", "Done"]);
    expect(buildToc("# One\n```\n# never closed").map((entry) => entry.text)).toEqual(["One"]);
  });

  it("makes GitHub-style slugs, keeping Unicode letters, _ and -", () => {
    expect(buildToc("# Émoji & more!\n# snake_case-name\n# What's new?  (2024)\n# Ünïcödé 日本")).toEqual([
      e(1, "Émoji & more!", "émoji--more"),
      e(1, "snake_case-name", "snake_case-name"),
      e(1, "What's new?  (2024)", "whats-new--2024"),
      e(1, "Ünïcödé 日本", "ünïcödé-日本"),
    ]);
  });

  it("numbers repeated slugs with the first suffix not yet given", () => {
    expect(buildToc("# A\n# A\n# a-1\n# A").map((entry) => entry.slug)).toEqual(["a", "a-1", "a-1-1", "a-2"]);
  });

  it("counts headings deeper than maxDepth in the numbering", () => {
    expect(buildToc("#### Notes\n## Notes\n# Notes", 2).map((entry) => entry.slug)).toEqual([
      "notes-1",
      "notes-2",
    ]);
  });

  it("skips headings with no text", () => {
    expect(buildToc("# \n## ``\n# Real")).toEqual([e(1, "Real", "real")]);
  });
});

import { slugify } from "./solution";

describe("slugify", () => {
  it("keeps the base letter of accented letters", () => {
    expect(slugify("Crème Brûlée  Recipe!")).toBe("creme-brulee-recipe");
    expect(slugify("Ångström")).toBe("angstrom");
  });
  it("collapses runs of other characters into one dash and trims dashes", () => {
    expect(slugify("Hello, World! 2024")).toBe("hello-world-2024");
    expect(slugify("  --snake_case--  ")).toBe("snake-case");
  });
  it("caps the length and drops a trailing dash after cutting", () => {
    expect(slugify("a b c", 2)).toBe("a");
    expect(slugify("x".repeat(80))).toHaveLength(60);
  });
  it("gives an empty slug for text without letters or digits", () => {
    expect(slugify("!!! ???")).toBe("");
  });
});

import { MissingKeyError, render } from "./solution";

describe("render", () => {
  it("fills placeholders, nested and spaced", () => {
    expect(render("Hi { user.name }, you have {count} new", { user: { name: "Ann" }, count: 3 })).toBe(
      "Hi Ann, you have 3 new",
    );
  });
  it("renders double braces as literal braces", () => {
    expect(render("{{not a key}} and {x}", { x: 1 })).toBe("{not a key} and 1");
    expect(render("{{{x}}}", { x: 1 })).toBe("{1}");
  });
  it("renders falsy values", () => {
    expect(render("{a}/{b}/{c}", { a: 0, b: false, c: "" })).toBe("0/false/");
  });
  it("throws MissingKeyError with the path", () => {
    for (const [template, key] of [
      ["{nope}", "nope"],
      ["{user.age}", "user.age"],
      ["{n}", "n"],
      ["{toString}", "toString"],
    ] as const) {
      let caught: unknown;
      try {
        render(template, { user: { name: "Ann" }, n: null });
      } catch (error) {
        caught = error;
      }
      expect(caught).toBeInstanceOf(MissingKeyError);
      expect((caught as MissingKeyError).key).toBe(key);
    }
  });
});

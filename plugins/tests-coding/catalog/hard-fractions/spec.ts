import { addFractions, formatFraction, multiplyFractions, parseFraction } from "./solution";

const f = (num: number, den: number) => ({ num, den });

describe("parseFraction", () => {
  it("reads integers, fractions and mixed numbers in lowest terms", () => {
    expect(parseFraction("7")).toEqual(f(7, 1));
    expect(parseFraction("-3")).toEqual(f(-3, 1));
    expect(parseFraction("007")).toEqual(f(7, 1));
    expect(parseFraction("6/8")).toEqual(f(3, 4));
    expect(parseFraction("1 1/2")).toEqual(f(3, 2));
  });

  it("keeps the denominator positive and applies the sign of a mixed number to the whole value", () => {
    expect(parseFraction("6/-8")).toEqual(f(-3, 4));
    expect(parseFraction("-6/-8")).toEqual(f(3, 4));
    expect(parseFraction("-1 1/2")).toEqual(f(-3, 2));
    expect(parseFraction("-2 2/4")).toEqual(f(-5, 2));
  });

  it("reads zero as 0/1, never -0", () => {
    for (const text of ["0", "-0", "0/5", "-0/3", "0/-7"]) {
      const zero = parseFraction(text);
      expect(zero).toEqual(f(0, 1));
      expect(Object.is(zero.num, 0)).toBe(true);
    }
  });

  it("throws a SyntaxError for any other form", () => {
    for (const bad of [
      "",
      " 1/2",
      "1/2 ",
      "1 / 2",
      "+1/2",
      "1.5",
      "1/2/3",
      "1  1/2",
      "1 -1/2",
      "1 3/2",
      "1 2/2",
      "a/b",
      "--1",
      "1 1",
    ]) {
      expect(() => parseFraction(bad)).toThrow(SyntaxError);
    }
  });

  it("throws a RangeError for a zero denominator", () => {
    for (const bad of ["1/0", "-3/-0", "1 1/0"]) expect(() => parseFraction(bad)).toThrow(RangeError);
  });
});

describe("addFractions and multiplyFractions", () => {
  it("add in lowest terms", () => {
    expect(addFractions(f(1, 6), f(1, 3))).toEqual(f(1, 2));
    expect(addFractions(f(1, 2), f(-1, 2))).toEqual(f(0, 1));
    expect(addFractions(f(2, -4), f(3, 4))).toEqual(f(1, 4));
    expect(addFractions(f(-7, 3), f(1, 3))).toEqual(f(-2, 1));
  });

  it("multiply in lowest terms with a positive denominator", () => {
    expect(multiplyFractions(f(-2, 3), f(3, -4))).toEqual(f(1, 2));
    expect(multiplyFractions(f(2, 3), f(-3, 4))).toEqual(f(-1, 2));
    const zero = multiplyFractions(f(0, 5), f(-3, 4));
    expect(zero).toEqual(f(0, 1));
    expect(Object.is(zero.num, 0)).toBe(true);
  });

  it("throw a RangeError for a zero denominator or non-integer parts", () => {
    expect(() => addFractions(f(1, 0), f(1, 2))).toThrow(RangeError);
    expect(() => multiplyFractions(f(1, 2), f(1.5, 2))).toThrow(RangeError);
    expect(() => formatFraction(f(1, 0))).toThrow(RangeError);
  });
});

describe("formatFraction", () => {
  it("writes integers, proper fractions and mixed numbers", () => {
    expect(formatFraction(f(4, 2))).toBe("2");
    expect(formatFraction(f(-1, 2))).toBe("-1/2");
    expect(formatFraction(f(-7, 2))).toBe("-3 1/2");
    expect(formatFraction(f(10, 4))).toBe("2 1/2");
    expect(formatFraction(f(3, -4))).toBe("-3/4");
    expect(formatFraction(f(0, -9))).toBe("0");
  });

  it("round-trips through parseFraction", () => {
    for (const value of [f(3, 2), f(-3, 2), f(1, 3), f(-1, 3), f(5, 1), f(-12, 5), f(0, 1), f(99, 100)]) {
      expect(parseFraction(formatFraction(value))).toEqual(value);
    }
  });
});

import { multiply, ShapeError, transpose } from "./solution";

describe("transpose", () => {
  it("transposes non-square matrices", () => {
    expect(transpose([[1, 2, 3]])).toEqual([[1], [2], [3]]);
    expect(
      transpose([
        [1, 2],
        [3, 4],
        [5, 6],
      ]),
    ).toEqual([
      [1, 3, 5],
      [2, 4, 6],
    ]);
    expect(transpose([])).toEqual([]);
  });
  it("throws ShapeError for ragged rows", () => {
    expect(() => transpose([[1, 2], [3]])).toThrow(ShapeError);
  });
});

describe("multiply", () => {
  it("multiplies n×k by k×m", () => {
    expect(
      multiply(
        [
          [1, 2, 3],
          [4, 5, 6],
        ],
        [
          [7, 8],
          [9, 10],
          [11, 12],
        ],
      ),
    ).toEqual([
      [58, 64],
      [139, 154],
    ]);
    expect(multiply([[2]], [[3, 4]])).toEqual([[6, 8]]);
  });
  it("throws ShapeError for mismatched or ragged shapes", () => {
    expect(() => multiply([[1, 2]], [[1, 2]])).toThrow(ShapeError);
    expect(() => multiply([[1, 2], [3]], [[1], [2]])).toThrow(ShapeError);
  });
});

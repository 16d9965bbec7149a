import { rank } from "./solution";

describe("rank", () => {
  it("uses competition ranking", () => {
    const result = rank([
      { name: "d", score: 70 },
      { name: "a", score: 90 },
      { name: "c", score: 80 },
      { name: "b", score: 80 },
    ]);
    expect(result.map((e) => `${e.rank}:${e.name}`)).toEqual(["1:a", "2:b", "2:c", "4:d"]);
  });
  it("handles all ties and empty input", () => {
    expect(
      rank([
        { name: "y", score: 1 },
        { name: "x", score: 1 },
      ]).map((e) => [e.name, e.rank]),
    ).toEqual([
      ["x", 1],
      ["y", 1],
    ]);
    expect(rank([])).toEqual([]);
  });
  it("throws a RangeError for non-finite scores", () => {
    expect(() => rank([{ name: "a", score: Number.NaN }])).toThrow(RangeError);
  });
  it("does not modify the input", () => {
    const entries = [
      { name: "b", score: 1 },
      { name: "a", score: 2 },
    ];
    rank(entries);
    expect(entries).toEqual([
      { name: "b", score: 1 },
      { name: "a", score: 2 },
    ]);
  });
});

import { wordFrequency } from "./solution";

describe("wordFrequency", () => {
  it("counts words case-insensitively, sorted by count then word", () => {
    expect(wordFrequency("The cat and the hat. THE END")).toEqual([
      ["the", 3],
      ["and", 1],
      ["cat", 1],
      ["end", 1],
      ["hat", 1],
    ]);
  });
  it("splits on any non-word character and keeps inner apostrophes", () => {
    expect(wordFrequency("don't\nstop,  'quoted'  stop!")).toEqual([
      ["stop", 2],
      ["don't", 1],
      ["quoted", 1],
    ]);
    expect(wordFrequency("  ,, ")).toEqual([]);
  });
  it("leaves out stop words", () => {
    expect(wordFrequency("the cat the hat", { stopWords: new Set(["THE"]) })).toEqual([
      ["cat", 1],
      ["hat", 1],
    ]);
  });
  it("keeps the top pairs", () => {
    expect(wordFrequency("b a b c c c", { top: 2 })).toEqual([
      ["c", 3],
      ["b", 2],
    ]);
  });
});

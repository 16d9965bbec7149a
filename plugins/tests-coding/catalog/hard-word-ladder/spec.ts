import { shortestLadder } from "./solution";

describe("shortestLadder", () => {
  it("finds the example ladder", () => {
    expect(shortestLadder("hit", "cog", ["lot", "log", "cog", "dot", "dog", "hot"])).toEqual([
      "hit",
      "hot",
      "dot",
      "dog",
      "cog",
    ]);
  });

  it("returns the smallest of the shortest ladders, not the first found", () => {
    expect(shortestLadder("ab", "ba", ["bb", "ba", "aa"])).toEqual(["ab", "aa", "ba"]);
    expect(shortestLadder("cat", "dog", ["cot", "dot", "cog", "dog", "dat", "dag"])).toEqual([
      "cat",
      "cot",
      "cog",
      "dog",
    ]);
  });

  it("returns just the word from a word to itself", () => {
    expect(shortestLadder("same", "same", [])).toEqual(["same"]);
  });

  it("needs the end word in the dictionary but not the start", () => {
    expect(shortestLadder("hit", "cog", ["hot", "dot", "dog"])).toBeNull();
    expect(shortestLadder("zzz", "zza", ["zza"])).toEqual(["zzz", "zza"]);
  });

  it("returns null for different lengths or no path", () => {
    expect(shortestLadder("hit", "hits", ["hits", "hit"])).toBeNull();
    expect(shortestLadder("aaa", "bbb", ["aab", "bbb"])).toBeNull();
  });

  it("changes one letter in place, case-sensitively, ignoring other lengths", () => {
    expect(shortestLadder("ab", "ba", ["ba"])).toBeNull();
    expect(shortestLadder("cat", "cAt", ["cAt"])).toEqual(["cat", "cAt"]);
    expect(shortestLadder("cat", "cut", ["ct", "cart", "cut"])).toEqual(["cat", "cut"]);
  });

  it("answers a dictionary of every four-letter word over four letters", () => {
    const letters = ["a", "b", "c", "d"];
    const words: string[] = [];
    for (const w of letters)
      for (const x of letters) for (const y of letters) for (const z of letters) words.push(w + x + y + z);
    expect(shortestLadder("aaaa", "dddd", words)).toEqual(["aaaa", "aaad", "aadd", "addd", "dddd"]);
  });

  it("does not change the word list", () => {
    const words = ["hot", "dot", "dog", "cog"];
    shortestLadder("hit", "cog", words);
    expect(words).toEqual(["hot", "dot", "dog", "cog"]);
  });
});

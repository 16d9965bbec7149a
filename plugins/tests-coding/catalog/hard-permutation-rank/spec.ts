import { permutationAt, permutationRank } from "./solution";

/** Every distinct arrangement of `items`, in lexicographic order, by brute force. */
function allArrangements(items: string[]): string[][] {
  const seen = new Map<string, string[]>();
  const walk = (rest: string[], prefix: string[]) => {
    if (rest.length === 0) seen.set(JSON.stringify(prefix), prefix);
    rest.forEach((item, i) => {
      walk([...rest.slice(0, i), ...rest.slice(i + 1)], [...prefix, item]);
    });
  };
  walk(items, []);
  return [...seen.values()].sort((a, b) => {
    for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return (a[i] as string) < (b[i] as string) ? -1 : 1;
    return 0;
  });
}

describe("permutationRank", () => {
  it("ranks the examples", () => {
    expect(permutationRank(["a", "b", "a"])).toBe(1);
    expect(permutationRank(["c", "b", "a"])).toBe(5);
    expect(permutationRank(["a", "a", "b"])).toBe(0);
    expect(permutationRank([])).toBe(0);
  });

  it("ranks every arrangement of small multisets like a brute-force list", () => {
    for (const multiset of [
      ["a", "b", "c", "d"],
      ["a", "a", "b", "b"],
      ["x", "y", "y", "y", "z"],
      ["q", "q", "q"],
    ]) {
      allArrangements(multiset).forEach((arrangement, rank) => {
        expect({ arrangement, rank: permutationRank(arrangement) }).toEqual({ arrangement, rank });
      });
    }
  });

  it("compares strings with <, case and digits included", () => {
    expect(permutationRank(["a", "B"])).toBe(1);
    expect(permutationRank(["a9", "a10"])).toBe(1);
  });

  it("ranks long arrangements without enumerating them", () => {
    const items = "mississippi".split("");
    expect(permutationRank([...items].sort())).toBe(0);
    expect(permutationRank([...items].sort().reverse())).toBe(34_649);
    expect(permutationRank("abcdefghijklmno".split("").reverse())).toBe(1_307_674_367_999);
  });

  it("does not change its input", () => {
    const items = ["b", "a", "b"];
    permutationRank(items);
    permutationAt(items, 1);
    expect(items).toEqual(["b", "a", "b"]);
  });
});

describe("permutationAt", () => {
  it("unranks like the brute-force list, whatever the order of items", () => {
    const sorted = allArrangements(["m", "n", "n", "o", "o"]);
    sorted.forEach((arrangement, rank) => {
      expect(permutationAt(["o", "n", "m", "o", "n"], rank)).toEqual(arrangement);
    });
    expect(permutationAt(["a", "b", "c"], 3)).toEqual(["b", "c", "a"]);
  });

  it("inverts permutationRank on long arrangements", () => {
    const items = "bookkeeperss".split("");
    expect(permutationAt(items, permutationRank(items))).toEqual(items);
    expect(permutationAt([], 0)).toEqual([]);
  });

  it("throws a RangeError for a rank outside the arrangements or not an integer", () => {
    expect(() => permutationAt(["x", "x"], 1)).toThrow(RangeError);
    expect(() => permutationAt(["a", "b", "c"], 6)).toThrow(RangeError);
    expect(() => permutationAt(["a", "b"], -1)).toThrow(RangeError);
    expect(() => permutationAt(["a", "b"], 0.5)).toThrow(RangeError);
  });
});

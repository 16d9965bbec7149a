import { applyDiff, diffLines } from "./solution";

const d = (text: string) =>
  text
    .split("|")
    .filter((part) => part !== "")
    .map((part) => ({ op: part[0] as " " | "-" | "+", line: part.slice(1) }));

describe("diffLines", () => {
  it("keeps identical lines and handles empty sides", () => {
    expect(diffLines(["a", "b"], ["a", "b"])).toEqual(d(" a| b"));
    expect(diffLines([], ["a", "b"])).toEqual(d("+a|+b"));
    expect(diffLines(["a", "b"], [])).toEqual(d("-a|-b"));
    expect(diffLines([], [])).toEqual([]);
  });

  it("removes before it adds at a changed line", () => {
    expect(diffLines(["x", "y", "z"], ["x", "Y", "z"])).toEqual(d(" x|-y|+Y| z"));
    expect(diffLines(["a", "b"], ["c", "d"])).toEqual(d("-a|-b|+c|+d"));
  });

  it("keeps a longest common subsequence, not the first match", () => {
    expect(diffLines(["x", "y", "z"], ["z", "x", "y"])).toEqual(d("+z| x| y|-z"));
  });

  it("breaks ties between equally long subsequences by removing first", () => {
    expect(diffLines(["x", "y"], ["y", "x"])).toEqual(d("-x| y|+x"));
    expect(diffLines(["a", "b", "c"], ["a", "c", "b"])).toEqual(d(" a|-b| c|+b"));
    expect(diffLines(["a", "a", "b"], ["a", "b", "b"])).toEqual(d(" a|-a| b|+b"));
  });

  it("compares whole lines exactly", () => {
    expect(diffLines(["a ", "B"], ["a", "B"])).toEqual(d("-a |+a| B"));
  });

  it("does not change its input", () => {
    const a = ["1", "2"];
    const b = ["2", "3"];
    diffLines(a, b);
    expect([a, b]).toEqual([
      ["1", "2"],
      ["2", "3"],
    ]);
  });
});

describe("applyDiff", () => {
  it("rebuilds b from a and the diff", () => {
    const cases: [string[], string[]][] = [
      [
        ["x", "y", "z"],
        ["z", "x", "y"],
      ],
      [
        ["a", "b", "c", "a", "b", "b", "a"],
        ["c", "b", "a", "b", "a", "c"],
      ],
      [[], ["only"]],
      [["gone"], []],
    ];
    for (const [a, b] of cases) expect(applyDiff(a, diffLines(a, b))).toEqual(b);
  });

  it("keeps the common lines of a longest subsequence", () => {
    const diff = diffLines(["a", "b", "c", "a", "b", "b", "a"], ["c", "b", "a", "b", "a", "c"]);
    expect(diff.filter((entry) => entry.op === " ").length).toBe(4);
  });

  it("throws an Error when the diff does not fit the original", () => {
    expect(() => applyDiff(["a", "b"], d(" a| x"))).toThrow(Error);
    expect(() => applyDiff(["a", "b"], d(" a"))).toThrow(/line/);
    expect(() => applyDiff(["a"], d(" a|-b"))).toThrow(Error);
  });
});

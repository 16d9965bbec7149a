import { groupBy } from "./solution";

describe("groupBy", () => {
  it("groups by a property into a Map, keeping order", () => {
    const rows = [
      { team: "b", n: 1 },
      { team: "a", n: 2 },
      { team: "b", n: 3 },
    ];
    const groups = groupBy(rows, "team");
    expect([...groups.keys()]).toEqual(["b", "a"]);
    expect(groups.get("b")).toEqual([
      { team: "b", n: 1 },
      { team: "b", n: 3 },
    ]);
  });
  it("groups by a function of item and index", () => {
    const groups = groupBy([10, 11, 12, 13, 14], (value: number, index: number) =>
      index < 2 ? "first" : value % 2,
    );
    expect([...groups.entries()]).toEqual([
      ["first", [10, 11]],
      [0, [12, 14]],
      [1, [13]],
    ]);
  });
  it("keeps key types apart", () => {
    const groups = groupBy([{ k: 1 }, { k: "1" }, { k: undefined }, { k: 1 }], "k");
    expect(groups.size).toBe(3);
    expect(groups.get(1)).toHaveLength(2);
    expect(groups.get(undefined)).toHaveLength(1);
  });
});

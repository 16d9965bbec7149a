import { areConnected, components } from "./solution";

describe("components", () => {
  it("follows friendships both ways", () => {
    expect(
      components(
        ["a", "b", "c"],
        [
          ["b", "a"],
          ["c", "a"],
        ],
      ),
    ).toEqual([["a", "b", "c"]]);
  });
  it("keeps users without friends as their own circle", () => {
    expect(components(["d", "a", "b", "z"], [["a", "b"]])).toEqual([["a", "b"], ["d"], ["z"]]);
  });
  it("sorts circles by size, then by first name", () => {
    const users = ["p", "q", "r", "s", "t", "u"];
    const result = components(users, [
      ["u", "t"],
      ["s", "r"],
      ["q", "p"],
      ["p", "s"],
    ]);
    expect(result).toEqual([
      ["p", "q", "r", "s"],
      ["t", "u"],
    ]);
  });
  it("returns nothing for no users", () => {
    expect(components([], [])).toEqual([]);
  });
  it("throws an Error naming an unknown user", () => {
    expect(() => components(["a"], [["a", "ghost"]])).toThrow("ghost");
  });
});

describe("areConnected", () => {
  const users = ["a", "b", "c", "d"];
  const friendships: [string, string][] = [
    ["a", "b"],
    ["c", "b"],
  ];
  it("is true within a circle, both ways", () => {
    expect(areConnected(users, friendships, "a", "c")).toBe(true);
    expect(areConnected(users, friendships, "c", "a")).toBe(true);
    expect(areConnected(users, friendships, "d", "d")).toBe(true);
  });
  it("is false across circles and for non-users", () => {
    expect(areConnected(users, friendships, "a", "d")).toBe(false);
    expect(areConnected(users, friendships, "a", "x")).toBe(false);
    expect(areConnected(users, friendships, "x", "x")).toBe(false);
  });
});

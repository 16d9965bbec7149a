import { createList } from "./solution";

describe("createList", () => {
  it("appends after removing the tail", () => {
    const list = createList<number>();
    list.append(1);
    list.append(2);
    expect(list.remove(2)).toBe(true);
    list.append(3);
    expect(list.toArray()).toEqual([1, 3]);
    expect(list.size()).toBe(2);
  });
  it("appends after removing the only element", () => {
    const list = createList<string>();
    list.append("a");
    list.remove("a");
    list.append("b");
    expect(list.toArray()).toEqual(["b"]);
    list.prepend("z");
    expect(list.toArray()).toEqual(["z", "b"]);
  });
  it("removes the first equal element only and reports misses", () => {
    const list = createList<number>();
    for (const v of [1, 2, 1, 3]) list.append(v);
    expect(list.remove(1)).toBe(true);
    expect(list.toArray()).toEqual([2, 1, 3]);
    expect(list.remove(9)).toBe(false);
    expect(list.size()).toBe(3);
  });
  it("removes from the middle and keeps appending at the end", () => {
    const list = createList<number>();
    for (const v of [1, 2, 3]) list.append(v);
    list.remove(2);
    list.append(4);
    expect(list.toArray()).toEqual([1, 3, 4]);
  });
  it("prepends into an empty list and appends after it", () => {
    const list = createList<number>();
    list.prepend(1);
    list.append(2);
    expect(list.toArray()).toEqual([1, 2]);
  });
  it("compares with Object.is", () => {
    const list = createList<number>();
    list.append(Number.NaN);
    expect(list.remove(Number.NaN)).toBe(true);
    expect(list.size()).toBe(0);
  });
});

import { createTodoStore } from "./solution";

const titles = (store: ReturnType<typeof createTodoStore>) =>
  store.list().map((t) => `${t.title}${t.done ? "✓" : ""}`);

describe("createTodoStore", () => {
  it("undoes and redoes add, toggle and remove", () => {
    const s = createTodoStore();
    const a = s.add("a");
    s.add("b");
    s.toggle(a);
    s.remove(a);
    expect(titles(s)).toEqual(["b"]);
    expect(s.undo()).toBe(true);
    expect(titles(s)).toEqual(["a✓", "b"]);
    expect(s.undo()).toBe(true);
    expect(titles(s)).toEqual(["a", "b"]);
    expect(s.redo()).toBe(true);
    expect(titles(s)).toEqual(["a✓", "b"]);
  });
  it("returns false when there is nothing to undo or redo", () => {
    const s = createTodoStore();
    expect(s.undo()).toBe(false);
    expect(s.redo()).toBe(false);
    s.add("a");
    expect(s.undo()).toBe(true);
    expect(s.undo()).toBe(false);
    expect(titles(s)).toEqual([]);
  });
  it("a new change discards the redo history", () => {
    const s = createTodoStore();
    s.add("a");
    s.undo();
    s.add("b");
    expect(s.redo()).toBe(false);
    expect(titles(s)).toEqual(["b"]);
  });
  it("ignores changes to unknown ids", () => {
    const s = createTodoStore();
    s.add("a");
    s.undo();
    s.toggle(99);
    s.remove(99);
    expect(s.redo()).toBe(true);
    expect(titles(s)).toEqual(["a"]);
    expect(s.undo()).toBe(true);
    expect(s.undo()).toBe(false);
  });
  it("never reuses an undone id", () => {
    const s = createTodoStore();
    const first = s.add("a");
    s.undo();
    expect(s.add("b")).toBeGreaterThan(first);
  });
  it("list returns copies", () => {
    const s = createTodoStore();
    s.add("a");
    const listed = s.list();
    listed[0]!.title = "hacked";
    listed.push({ id: 9, title: "x", done: false });
    expect(titles(s)).toEqual(["a"]);
  });
});

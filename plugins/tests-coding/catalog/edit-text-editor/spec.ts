import { createEditor } from "./solution";

describe("createEditor", () => {
  it("undoes consecutive typing as one group", () => {
    const e = createEditor();
    e.type("h");
    e.type("i");
    e.type("!");
    expect(e.text).toBe("hi!");
    expect(e.undo()).toBe(true);
    expect(e.text).toBe("");
    expect(e.cursor).toBe(0);
    expect(e.undo()).toBe(false);
  });
  it("starts a new group at whitespace", () => {
    const e = createEditor();
    for (const c of ["hel", "lo", " ", "wor", "ld"]) e.type(c);
    e.undo();
    expect(e.text).toBe("hello");
    e.undo();
    expect(e.text).toBe("");
  });
  it("separates typing and backspacing", () => {
    const e = createEditor();
    e.type("abc");
    e.backspace();
    e.backspace();
    expect(e.text).toBe("a");
    e.undo();
    expect(e.text).toBe("abc");
    expect(e.cursor).toBe(3);
    e.undo();
    expect(e.text).toBe("");
  });
  it("ends a group when the cursor moves", () => {
    const e = createEditor();
    e.type("ac");
    e.move(1);
    e.type("b");
    expect(e.text).toBe("abc");
    e.undo();
    expect(e.text).toBe("ac");
    expect(e.cursor).toBe(1);
  });
  it("starts a new group after undo", () => {
    const e = createEditor();
    e.type("a");
    e.undo();
    e.type("c");
    expect(e.undo()).toBe(true);
    expect(e.text).toBe("");
  });
  it("ends a group after undo", () => {
    const e = createEditor();
    e.type("a");
    e.backspace();
    e.undo();
    e.type("b");
    e.undo();
    expect(e.text).toBe("a");
  });
  it("clamps the cursor", () => {
    const e = createEditor();
    e.type("abc");
    e.move(10);
    expect(e.cursor).toBe(3);
    e.move(-4);
    expect(e.cursor).toBe(0);
    e.move(1.7);
    expect(e.cursor).toBe(1);
    expect(e.text).toBe("abc");
  });
  it("does not record edits that change nothing", () => {
    const e = createEditor();
    e.backspace();
    e.type("");
    expect(e.undo()).toBe(false);
  });
});

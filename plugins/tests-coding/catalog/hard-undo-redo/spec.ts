import { createEditor } from "./solution";

/** The editor's text, whether the answer made `text` a method (as the informed prompt asks) or a property. */
function textOf(editor: ReturnType<typeof createEditor>): string {
  const text = (editor as unknown as { text: string | (() => string) }).text;
  return typeof text === "function" ? text.call(editor) : text;
}

describe("createEditor", () => {
  it("inserts and removes text", () => {
    const editor = createEditor("hello");
    editor.insert(0, ">> ");
    editor.remove(3, 2);
    editor.insert(4, "LL");
    expect(textOf(editor)).toBe(">> lLLlo");
    expect(textOf(createEditor())).toBe("");
  });

  it("undoes and redoes steps, reporting whether it did", () => {
    const editor = createEditor("ab");
    expect(editor.undo()).toBe(false);
    expect(editor.redo()).toBe(false);
    editor.remove(0, 1);
    editor.insert(1, "X");
    expect(textOf(editor)).toBe("bX");
    expect(editor.undo()).toBe(true);
    expect(textOf(editor)).toBe("b");
    expect(editor.undo()).toBe(true);
    expect(textOf(editor)).toBe("ab");
    expect(editor.undo()).toBe(false);
    expect(editor.redo()).toBe(true);
    expect(textOf(editor)).toBe("b");
    expect(editor.redo()).toBe(true);
    expect(textOf(editor)).toBe("bX");
    expect(editor.redo()).toBe(false);
  });

  it("clears the redo history on a new edit", () => {
    const editor = createEditor("abc");
    editor.remove(2, 1);
    editor.undo();
    editor.insert(0, "Z");
    expect(editor.redo()).toBe(false);
    expect(textOf(editor)).toBe("Zabc");
  });

  it("joins typing into one step", () => {
    const editor = createEditor("hello");
    editor.insert(5, " w");
    editor.insert(7, "orld");
    editor.insert(11, "!");
    expect(textOf(editor)).toBe("hello world!");
    editor.undo();
    expect(textOf(editor)).toBe("hello");
    editor.redo();
    expect(textOf(editor)).toBe("hello world!");
  });

  it("starts a new step for an insert elsewhere", () => {
    const editor = createEditor();
    editor.insert(0, "ab");
    editor.insert(0, "X");
    editor.undo();
    expect(textOf(editor)).toBe("ab");
  });

  it("joins backspaces and delete-key removes, but not a mix with inserts", () => {
    const back = createEditor("hello");
    back.remove(4, 1);
    back.remove(3, 1);
    back.remove(2, 1);
    expect(textOf(back)).toBe("he");
    back.undo();
    expect(textOf(back)).toBe("hello");

    const del = createEditor("hello");
    del.remove(1, 1);
    del.remove(1, 2);
    expect(textOf(del)).toBe("ho");
    del.undo();
    expect(textOf(del)).toBe("hello");

    const mixed = createEditor("hello");
    mixed.insert(5, "!");
    mixed.remove(5, 1);
    mixed.insert(5, "?");
    mixed.undo();
    expect(textOf(mixed)).toBe("hello");
    mixed.undo();
    expect(textOf(mixed)).toBe("hello!");
  });

  it("ends a step at an undo or redo", () => {
    const editor = createEditor();
    editor.insert(0, "a");
    editor.undo();
    editor.redo();
    editor.insert(1, "b");
    editor.undo();
    expect(textOf(editor)).toBe("a");

    const other = createEditor();
    other.insert(0, "ab");
    other.insert(0, "X");
    other.undo();
    other.insert(1, "Y");
    expect(textOf(other)).toBe("aYb");
    other.undo();
    expect(textOf(other)).toBe("ab");
  });

  it("keeps at most limit steps, forgetting the oldest", () => {
    const editor = createEditor("", 2);
    editor.insert(0, "a");
    editor.insert(0, "bb");
    editor.insert(0, "ccc");
    expect(editor.undo()).toBe(true);
    expect(editor.undo()).toBe(true);
    expect(textOf(editor)).toBe("a");
    expect(editor.undo()).toBe(false);
  });

  it("does nothing at all for an empty insert", () => {
    const editor = createEditor("ab");
    editor.insert(2, "c");
    editor.insert(0, "");
    editor.insert(3, "d");
    editor.undo();
    expect(textOf(editor)).toBe("ab");
    editor.insert(2, "");
    expect(editor.redo()).toBe(true);
    expect(textOf(editor)).toBe("abcd");
  });

  it("throws a RangeError for a bad position or count and changes nothing", () => {
    const editor = createEditor("abc");
    editor.insert(3, "d");
    editor.undo();
    for (const action of [
      () => editor.insert(-1, "x"),
      () => editor.insert(4, "x"),
      () => editor.insert(0.5, "x"),
      () => editor.remove(0, 0),
      () => editor.remove(2, 2),
      () => editor.remove(-1, 1),
      () => editor.remove(1, 1.5),
    ]) {
      expect(action).toThrow(RangeError);
    }
    expect(textOf(editor)).toBe("abc");
    expect(editor.redo()).toBe(true);
    expect(textOf(editor)).toBe("abcd");
    expect(() => createEditor("", 0)).toThrow(RangeError);
  });

  it("makes independent editors", () => {
    const first = createEditor("x");
    const second = createEditor("x");
    first.insert(1, "y");
    expect(textOf(second)).toBe("x");
    expect(second.undo()).toBe(false);
  });
});

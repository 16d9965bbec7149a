// The text model of a one-line editor: a text and a cursor, with undo.
export function createEditor() {
  let text = "";
  let cursor = 0;
  const history: { text: string; cursor: number }[] = [];

  function save(): void {
    history.push({ text, cursor });
  }

  return {
    type(chars: string): void {
      save();
      text = text.slice(0, cursor) + chars + text.slice(cursor);
      cursor += chars.length;
    },
    backspace(): void {
      if (cursor === 0) return;
      save();
      text = text.slice(0, cursor - 1) + text.slice(cursor);
      cursor--;
    },
    move(to: number): void {
      cursor = to;
    },
    undo(): void {
      const last = history.pop();
      if (last) ({ text, cursor } = last);
    },
    get text(): string {
      return text;
    },
    get cursor(): number {
      return cursor;
    },
  };
}

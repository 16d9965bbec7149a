// The text model of a one-line editor: a text and a cursor, with undo.
type Kind = "type" | "backspace";

export function createEditor() {
  let text = "";
  let cursor = 0;
  const history: { text: string; cursor: number }[] = [];
  let lastKind: Kind | undefined;

  function save(kind: Kind, startsGroup: boolean): void {
    if (kind !== lastKind || startsGroup) history.push({ text, cursor });
    lastKind = kind;
  }

  return {
    type(chars: string): void {
      if (chars === "") return;
      save("type", /\s/.test(chars));
      text = text.slice(0, cursor) + chars + text.slice(cursor);
      cursor += chars.length;
    },
    backspace(): void {
      if (cursor === 0) return;
      save("backspace", false);
      text = text.slice(0, cursor - 1) + text.slice(cursor);
      cursor--;
    },
    move(to: number): void {
      cursor = Math.min(Math.max(0, Math.trunc(to)), text.length);
      lastKind = undefined;
    },
    undo(): boolean {
      const last = history.pop();
      lastKind = undefined;
      if (!last) return false;
      ({ text, cursor } = last);
      return true;
    },
    get text(): string {
      return text;
    },
    get cursor(): number {
      return cursor;
    },
  };
}

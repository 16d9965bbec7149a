export interface Editor {
  text(): string;
  insert(position: number, chars: string): void;
  remove(position: number, count: number): void;
  undo(): boolean;
  redo(): boolean;
}

interface Edit {
  kind: "insert" | "remove";
  position: number;
  chars: string;
}

/** The last edit of the open step, to decide whether the next edit joins it. */
interface Tail {
  kind: "insert" | "remove";
  start: number;
  end: number;
}

export function createEditor(initialText = "", limit = 100): Editor {
  if (!Number.isInteger(limit) || limit < 1)
    throw new RangeError(`limit must be a positive integer, got ${limit}`);
  let text = initialText;
  const undoSteps: Edit[][] = [];
  const redoSteps: Edit[][] = [];
  let tail: Tail | undefined;

  const apply = (edit: Edit) => {
    text =
      edit.kind === "insert"
        ? text.slice(0, edit.position) + edit.chars + text.slice(edit.position)
        : text.slice(0, edit.position) + text.slice(edit.position + edit.chars.length);
  };
  const revert = (edit: Edit) => apply({ ...edit, kind: edit.kind === "insert" ? "remove" : "insert" });

  const record = (edit: Edit, joins: boolean) => {
    apply(edit);
    const open = undoSteps[undoSteps.length - 1];
    if (joins && open) {
      open.push(edit);
    } else {
      undoSteps.push([edit]);
      if (undoSteps.length > limit) undoSteps.shift();
    }
  };

  return {
    text: () => text,
    insert(position, chars) {
      if (!Number.isInteger(position) || position < 0 || position > text.length) {
        throw new RangeError(`cannot insert at ${position} in a text of ${text.length}`);
      }
      if (chars === "") return;
      const joins = tail?.kind === "insert" && tail.end === position;
      record({ kind: "insert", position, chars }, joins);
      tail = { kind: "insert", start: position, end: position + chars.length };
    },
    remove(position, count) {
      if (
        !Number.isInteger(position) ||
        !Number.isInteger(count) ||
        position < 0 ||
        count < 1 ||
        position + count > text.length
      ) {
        throw new RangeError(`cannot remove ${count} at ${position} from a text of ${text.length}`);
      }
      const joins = tail?.kind === "remove" && (position + count === tail.start || position === tail.start);
      record({ kind: "remove", position, chars: text.slice(position, position + count) }, joins);
      tail = { kind: "remove", start: position, end: position + count };
    },
    undo() {
      const step = undoSteps.pop();
      tail = undefined;
      if (!step) return false;
      for (let i = step.length - 1; i >= 0; i--) revert(step[i] as Edit);
      redoSteps.push(step);
      return true;
    },
    redo() {
      const step = redoSteps.pop();
      tail = undefined;
      if (!step) return false;
      for (const edit of step) apply(edit);
      undoSteps.push(step);
      return true;
    },
  };
}

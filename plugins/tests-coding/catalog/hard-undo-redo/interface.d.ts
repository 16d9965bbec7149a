export interface Editor {
  text(): string;
  insert(position: number, chars: string): void;
  remove(position: number, count: number): void;
  undo(): boolean;
  redo(): boolean;
}

export declare function createEditor(initialText?: string, limit?: number): Editor;

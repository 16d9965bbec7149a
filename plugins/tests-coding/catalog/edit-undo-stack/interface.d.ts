export interface Todo {
  id: number;
  title: string;
  done: boolean;
}
export declare function createTodoStore(): {
  add(title: string): number;
  toggle(id: number): void;
  remove(id: number): void;
  undo(): boolean;
  redo(): boolean;
  list(): Todo[];
};

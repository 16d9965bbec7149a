export interface Todo {
  id: number;
  text: string;
  completed: boolean;
}

export interface TodoApp {
  addTodo(text: string): Todo;
  getTodo(id: number): Todo | undefined;
  toggleTodo(id: number): void;
  deleteTodo(id: number): boolean;
  listTodos(): Todo[];
  listCompleted(): Todo[];
  listPending(): Todo[];
  clearCompleted(): void;
}

export declare function createTodoApp(): TodoApp;

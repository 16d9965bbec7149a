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

export function createTodoApp(): TodoApp {
  let todos: Todo[] = [];
  let nextId = 1;

  return {
    addTodo(text) {
      const todo: Todo = { id: nextId, text, completed: false };
      nextId += 1;
      todos.push(todo);
      return { ...todo };
    },
    getTodo(id) {
      const todo = todos.find((candidate) => candidate.id === id);
      return todo ? { ...todo } : undefined;
    },
    toggleTodo(id) {
      const todo = todos.find((candidate) => candidate.id === id);
      if (todo) todo.completed = true;
    },
    deleteTodo(id) {
      const index = todos.findIndex((candidate) => candidate.id === id);
      if (index === -1) return false;
      todos.splice(index, 1);
      return true;
    },
    listTodos() {
      return todos.map((todo) => ({ ...todo }));
    },
    listCompleted() {
      return todos.filter((todo) => todo.completed).map((todo) => ({ ...todo }));
    },
    listPending() {
      return todos.filter((todo) => !todo.completed).map((todo) => ({ ...todo }));
    },
    clearCompleted() {
      todos = todos.filter((todo) => !todo.completed);
    },
  };
}

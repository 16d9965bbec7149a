// The todo list behind the app's main screen.
export interface Todo {
  id: number;
  title: string;
  done: boolean;
}

export function createTodoStore() {
  let todos: Todo[] = [];
  let nextId = 1;
  return {
    add(title: string): number {
      const id = nextId++;
      todos = [...todos, { id, title, done: false }];
      return id;
    },
    toggle(id: number): void {
      todos = todos.map((todo) => (todo.id === id ? { ...todo, done: !todo.done } : todo));
    },
    remove(id: number): void {
      todos = todos.filter((todo) => todo.id !== id);
    },
    list(): Todo[] {
      return todos;
    },
  };
}

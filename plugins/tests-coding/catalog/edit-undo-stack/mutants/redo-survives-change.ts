// The todo list behind the app's main screen.
export interface Todo {
  id: number;
  title: string;
  done: boolean;
}

export function createTodoStore() {
  let todos: Todo[] = [];
  let nextId = 1;
  const past: Todo[][] = [];
  const future: Todo[][] = [];

  function commit(next: Todo[]): void {
    if (next === todos) return;
    past.push(todos);
    todos = next;
  }

  return {
    add(title: string): number {
      const id = nextId++;
      commit([...todos, { id, title, done: false }]);
      return id;
    },
    toggle(id: number): void {
      if (!todos.some((todo) => todo.id === id)) return;
      commit(todos.map((todo) => (todo.id === id ? { ...todo, done: !todo.done } : todo)));
    },
    remove(id: number): void {
      if (!todos.some((todo) => todo.id === id)) return;
      commit(todos.filter((todo) => todo.id !== id));
    },
    undo(): boolean {
      const previous = past.pop();
      if (!previous) return false;
      future.push(todos);
      todos = previous;
      return true;
    },
    redo(): boolean {
      const next = future.pop();
      if (!next) return false;
      past.push(todos);
      todos = next;
      return true;
    },
    list(): Todo[] {
      return todos.map((todo) => ({ ...todo }));
    },
  };
}

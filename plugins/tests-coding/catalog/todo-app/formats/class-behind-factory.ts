interface Todo {
  id: number;
  text: string;
  completed: boolean;
}

class TodoApp {
  private todos: Todo[] = [];
  private nextId = 1;

  addTodo(text: string): Todo {
    const todo: Todo = { id: this.nextId++, text, completed: false };
    this.todos.push(todo);
    return { ...todo };
  }

  getTodo(id: number): Todo | undefined {
    const todo = this.todos.find((candidate) => candidate.id === id);
    return todo ? { ...todo } : undefined;
  }

  toggleTodo(id: number): void {
    const todo = this.todos.find((candidate) => candidate.id === id);
    if (todo) todo.completed = !todo.completed;
  }

  deleteTodo(id: number): boolean {
    const before = this.todos.length;
    this.todos = this.todos.filter((todo) => todo.id !== id);
    return this.todos.length < before;
  }

  listTodos(): Todo[] {
    return this.todos.map((todo) => ({ ...todo }));
  }

  listCompleted(): Todo[] {
    return this.listTodos().filter((todo) => todo.completed);
  }

  listPending(): Todo[] {
    return this.listTodos().filter((todo) => !todo.completed);
  }

  clearCompleted(): void {
    this.todos = this.todos.filter((todo) => !todo.completed);
  }
}

export function createTodoApp(): TodoApp {
  return new TodoApp();
}

// Debounces search-as-you-type. Timers are injected so the app can test without waiting.
export interface Timers {
  set(callback: () => void, ms: number): number;
  clear(id: number): void;
}

export function debounce<A extends unknown[]>(fn: (...args: A) => void, ms: number, timers: Timers) {
  let id: number | undefined;
  let pending: A | undefined;

  function run(): void {
    const args = pending;
    id = undefined;
    pending = undefined;
    if (args) fn(...args);
  }

  const debounced = (...args: A): void => {
    if (id !== undefined) timers.clear(id);
    pending = args;
    id = timers.set(run, ms);
  };

  return Object.assign(debounced, {
    cancel(): void {
      if (id !== undefined) timers.clear(id);
      id = undefined;
      pending = undefined;
    },
    flush(): void {
      if (id === undefined) return;
      run();
    },
    pending(): boolean {
      return id !== undefined;
    },
  });
}

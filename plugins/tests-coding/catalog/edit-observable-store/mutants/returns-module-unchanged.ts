// A tiny state container with subscriptions.
export function createStore<S>(initial: S) {
  let state = initial;
  const listeners: ((state: S) => void)[] = [];
  return {
    get(): S {
      return state;
    },
    set(update: S | ((previous: S) => S)): void {
      state = typeof update === "function" ? (update as (previous: S) => S)(state) : update;
      for (const listener of listeners) listener(state);
    },
    subscribe(listener: (state: S) => void): () => void {
      listeners.push(listener);
      return () => {
        listeners.splice(listeners.indexOf(listener), 1);
      };
    },
  };
}

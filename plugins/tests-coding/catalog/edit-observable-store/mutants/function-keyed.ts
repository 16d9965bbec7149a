// A tiny state container with subscriptions.
export function createStore<S>(initial: S) {
  let state = initial;
  const listeners = new Set<{ listener: (state: S, previous: S) => void }>();
  return {
    get(): S {
      return state;
    },
    set(update: S | ((previous: S) => S)): void {
      const previous = state;
      const next = typeof update === "function" ? (update as (previous: S) => S)(state) : update;
      if (Object.is(next, previous)) return;
      state = next;
      for (const entry of [...listeners]) {
        if (listeners.has(entry)) entry.listener(state, previous);
      }
    },
    subscribe(listener: (state: S, previous: S) => void): () => void {
      const entry = [...listeners].find((e) => e.listener === listener) ?? { listener };
      listeners.add(entry);
      return () => {
        listeners.delete(entry);
      };
    },
  };
}

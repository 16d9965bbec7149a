export type Listener = (...args: unknown[]) => void;

export interface Emitter {
  on(event: string, listener: Listener): () => void;
  once(event: string, listener: Listener): () => void;
  off(event: string, listener: Listener): void;
  emit(event: string, ...args: unknown[]): boolean;
  listenerCount(event: string): number;
}

export function createEmitter(): Emitter {
  const listeners = new Map<string, Set<Listener>>();
  const onceWrappers = new Map<Listener, Listener>();

  function set(event: string): Set<Listener> {
    let found = listeners.get(event);
    if (!found) {
      found = new Set();
      listeners.set(event, found);
    }
    return found;
  }

  const emitter: Emitter = {
    on(event, listener) {
      set(event).add(listener);
      return () => set(event).delete(listener);
    },
    once(event, listener) {
      const wrapper: Listener = (...args) => {
        set(event).delete(wrapper);
        listener(...args);
      };
      onceWrappers.set(listener, wrapper);
      set(event).add(wrapper);
      return () => set(event).delete(wrapper);
    },
    off(event, listener) {
      set(event).delete(listener);
      const wrapper = onceWrappers.get(listener);
      if (wrapper) set(event).delete(wrapper);
    },
    emit(event, ...args) {
      const snapshot = [...set(event)];
      for (const listener of snapshot) {
        if (set(event).has(listener)) listener(...args);
      }
      return snapshot.length > 0;
    },
    listenerCount(event) {
      return set(event).size;
    },
  };
  return emitter;
}

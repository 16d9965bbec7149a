// A tiny typed event emitter.
type Listener = (...args: unknown[]) => void;

export function createEmitter() {
  const listeners = new Map<string, Listener[]>();

  function off(event: string, listener: Listener): void {
    const list = listeners.get(event);
    if (!list) return;
    const index = list.indexOf(listener);
    if (index === -1) return;
    list.splice(index, 1);
  }

  function on(event: string, listener: Listener): () => void {
    const list = listeners.get(event) ?? [];
    list.push(listener);
    listeners.set(event, list);
    return () => off(event, listener);
  }

  return {
    on,
    off,
    once(event: string, listener: Listener): () => void {
      const wrapper: Listener = (...args) => {
        listener(...args);
      };
      return on(event, wrapper);
    },
    emit(event: string, ...args: unknown[]): number {
      const list = [...(listeners.get(event) ?? [])];
      for (const listener of list) listener(...args);
      return list.length;
    },
    listenerCount(event: string): number {
      return listeners.get(event)?.length ?? 0;
    },
  };
}

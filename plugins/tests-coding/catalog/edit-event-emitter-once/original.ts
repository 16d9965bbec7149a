// A tiny typed event emitter.
type Listener = (...args: unknown[]) => void;

export function createEmitter() {
  const listeners = new Map<string, Listener[]>();
  return {
    on(event: string, listener: Listener): () => void {
      const list = listeners.get(event) ?? [];
      list.push(listener);
      listeners.set(event, list);
      return () => this.off(event, listener);
    },
    off(event: string, listener: Listener): void {
      const list = listeners.get(event);
      if (!list) return;
      const index = list.indexOf(listener);
      list.splice(index, 1);
    },
    emit(event: string, ...args: unknown[]): number {
      const list = listeners.get(event) ?? [];
      for (const listener of list) listener(...args);
      return list.length;
    },
    listenerCount(event: string): number {
      return listeners.get(event)?.length ?? 0;
    },
  };
}

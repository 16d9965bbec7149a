type Listener = (...args: unknown[]) => void;
export declare function createEmitter(): {
  on: (event: string, listener: Listener) => () => void;
  off: (event: string, listener: Listener) => void;
  once(event: string, listener: Listener): () => void;
  emit(event: string, ...args: unknown[]): number;
  listenerCount(event: string): number;
};

export declare function createStore<S>(initial: S): {
  get(): S;
  set(update: S | ((previous: S) => S)): void;
  subscribe(listener: (state: S, previous: S) => void): () => void;
};

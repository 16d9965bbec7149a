// Debounces search-as-you-type. Timers are injected so the app can test without waiting.
export interface Timers {
  set(callback: () => void, ms: number): number;
  clear(id: number): void;
}

export function debounce<A extends unknown[]>(fn: (...args: A) => void, ms: number, timers: Timers) {
  let id: number | undefined;
  return (...args: A): void => {
    id = timers.set(() => fn(...args), ms);
  };
}

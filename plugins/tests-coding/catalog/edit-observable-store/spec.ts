import { createStore } from "./solution";

describe("createStore", () => {
  it("unsubscribing twice removes nothing else", () => {
    const store = createStore(0);
    const calls: string[] = [];
    const stopA = store.subscribe(() => calls.push("a"));
    store.subscribe(() => calls.push("b"));
    stopA();
    stopA();
    store.set(1);
    expect(calls).toEqual(["b"]);
  });
  it("treats each subscription of one function separately", () => {
    const store = createStore(0);
    let calls = 0;
    const listener = () => calls++;
    const first = store.subscribe(listener);
    store.subscribe(listener);
    first();
    store.set(1);
    expect(calls).toBe(1);
  });
  it("notifies only on change, with the previous state", () => {
    const store = createStore({ n: 1 });
    const seen: unknown[] = [];
    store.subscribe((state, previous) => seen.push([state, previous]));
    const same = store.get();
    store.set(same);
    store.set((s) => s);
    store.set({ n: 2 });
    expect(seen).toEqual([[{ n: 2 }, { n: 1 }]]);
  });
  it("skips listeners removed during a notification and adds new ones for the next", () => {
    const store = createStore(0);
    const calls: string[] = [];
    let stopB = () => {};
    store.subscribe(() => {
      calls.push("a");
      stopB();
      store.subscribe(() => calls.push("late"));
    });
    stopB = store.subscribe(() => calls.push("b"));
    store.set(1);
    expect(calls).toEqual(["a"]);
  });
});

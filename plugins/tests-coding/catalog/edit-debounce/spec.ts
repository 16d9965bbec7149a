import { debounce } from "./solution";

function fakeTimers() {
  let now = 0;
  let nextId = 1;
  const timers = new Map<number, { at: number; callback: () => void }>();
  return {
    timers: {
      set(callback: () => void, ms: number): number {
        const id = nextId++;
        timers.set(id, { at: now + ms, callback });
        return id;
      },
      clear(id: number): void {
        timers.delete(id);
      },
    },
    advance(ms: number): void {
      now += ms;
      for (const [id, timer] of [...timers].sort((a, b) => a[1].at - b[1].at)) {
        if (timer.at <= now && timers.has(id)) {
          timers.delete(id);
          timer.callback();
        }
      }
    },
    active: () => timers.size,
  };
}

describe("debounce", () => {
  it("runs once after a burst, with the last arguments", () => {
    const clock = fakeTimers();
    const calls: string[] = [];
    const search = debounce((q: string) => calls.push(q), 100, clock.timers);
    search("a");
    clock.advance(50);
    search("ab");
    clock.advance(50);
    search("abc");
    expect(clock.active()).toBe(1);
    clock.advance(99);
    expect(calls).toEqual([]);
    clock.advance(1);
    expect(calls).toEqual(["abc"]);
  });
  it("cancels the scheduled call", () => {
    const clock = fakeTimers();
    const calls: string[] = [];
    const search = debounce((q: string) => calls.push(q), 100, clock.timers);
    search("a");
    expect(search.pending()).toBe(true);
    search.cancel();
    expect(search.pending()).toBe(false);
    expect(clock.active()).toBe(0);
    clock.advance(200);
    expect(calls).toEqual([]);
  });
  it("flushes the scheduled call at once, once", () => {
    const clock = fakeTimers();
    const calls: string[] = [];
    const search = debounce((q: string) => calls.push(q), 100, clock.timers);
    search.flush();
    search("x");
    search.flush();
    expect(calls).toEqual(["x"]);
    expect(clock.active()).toBe(0);
    clock.advance(200);
    search.flush();
    expect(calls).toEqual(["x"]);
  });
  it("works again after running", () => {
    const clock = fakeTimers();
    const calls: string[] = [];
    const search = debounce((q: string) => calls.push(q), 10, clock.timers);
    search("1");
    clock.advance(10);
    expect(search.pending()).toBe(false);
    search("2");
    clock.advance(10);
    expect(calls).toEqual(["1", "2"]);
  });
});

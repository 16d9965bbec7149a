import { createEmitter } from "./solution";

describe("emit", () => {
  it("calls a listener with every argument", () => {
    const emitter = createEmitter();
    const received: unknown[][] = [];
    emitter.on("save", (...args) => received.push(args));
    emitter.emit("save", "a", 2, { three: 3 });
    expect(received).toEqual([["a", 2, { three: 3 }]]);
  });

  it("calls listeners in registration order, on and once interleaved", () => {
    const emitter = createEmitter();
    const calls: string[] = [];
    emitter.on("tick", () => calls.push("first"));
    emitter.once("tick", () => calls.push("second"));
    emitter.on("tick", () => calls.push("third"));
    emitter.once("tick", () => calls.push("fourth"));
    emitter.emit("tick");
    expect(calls).toEqual(["first", "second", "third", "fourth"]);
  });

  it("returns whether the event had listeners", () => {
    const emitter = createEmitter();
    expect(emitter.emit("nothing")).toBe(false);
    emitter.on("something", () => {});
    expect(emitter.emit("something")).toBe(true);
    expect(emitter.emit("nothing")).toBe(false);
  });

  it("keeps events apart", () => {
    const emitter = createEmitter();
    const calls: string[] = [];
    emitter.on("a", () => calls.push("a"));
    emitter.on("b", () => calls.push("b"));
    emitter.emit("b");
    expect(calls).toEqual(["b"]);
  });

  it("calls a function registered twice two times", () => {
    const emitter = createEmitter();
    let count = 0;
    const listener = () => {
      count += 1;
    };
    emitter.on("x", listener);
    emitter.on("x", listener);
    emitter.emit("x");
    expect(count).toBe(2);
    expect(emitter.listenerCount("x")).toBe(2);
  });

  it("makes independent emitters", () => {
    const first = createEmitter();
    const second = createEmitter();
    let calls = 0;
    first.on("x", () => {
      calls += 1;
    });
    expect(second.emit("x")).toBe(false);
    expect(second.listenerCount("x")).toBe(0);
    expect(calls).toBe(0);
  });
});

describe("once", () => {
  it("runs a listener only for the first emit", () => {
    const emitter = createEmitter();
    const received: unknown[] = [];
    emitter.once("save", (name) => received.push(name));
    expect(emitter.emit("save", "a")).toBe(true);
    expect(emitter.emit("save", "b")).toBe(false);
    expect(received).toEqual(["a"]);
    expect(emitter.listenerCount("save")).toBe(0);
  });

  it("removes the listener before calling it, so a nested emit does not call it again", () => {
    const emitter = createEmitter();
    let calls = 0;
    emitter.once("ping", () => {
      calls += 1;
      emitter.emit("ping");
    });
    emitter.emit("ping");
    expect(calls).toBe(1);
  });

  it("can be unsubscribed before it fires", () => {
    const emitter = createEmitter();
    let calls = 0;
    const unsubscribe = emitter.once("x", () => {
      calls += 1;
    });
    unsubscribe();
    expect(emitter.emit("x")).toBe(false);
    expect(calls).toBe(0);
  });

  it("is removed even when the listener throws", () => {
    const emitter = createEmitter();
    let calls = 0;
    emitter.once("boom", () => {
      calls += 1;
      throw new Error("listener failed");
    });
    expect(() => emitter.emit("boom")).toThrow("listener failed");
    expect(emitter.emit("boom")).toBe(false);
    expect(calls).toBe(1);
  });
});

describe("unsubscribing", () => {
  it("the function returned by on removes that registration", () => {
    const emitter = createEmitter();
    let calls = 0;
    const unsubscribe = emitter.on("x", () => {
      calls += 1;
    });
    emitter.emit("x");
    unsubscribe();
    emitter.emit("x");
    expect(calls).toBe(1);
    expect(emitter.listenerCount("x")).toBe(0);
  });

  it("removes only its own registration of a function registered twice, once", () => {
    const emitter = createEmitter();
    let calls = 0;
    const listener = () => {
      calls += 1;
    };
    const unsubscribeFirst = emitter.on("x", listener);
    emitter.on("x", listener);
    unsubscribeFirst();
    unsubscribeFirst();
    emitter.emit("x");
    expect(calls).toBe(1);
    expect(emitter.listenerCount("x")).toBe(1);
  });

  it("off removes every registration of a function for that event only", () => {
    const emitter = createEmitter();
    const calls: string[] = [];
    const listener = (tag: unknown) => calls.push(String(tag));
    const other = () => calls.push("other");
    emitter.on("x", listener);
    emitter.once("x", listener);
    emitter.on("x", other);
    emitter.on("y", listener);
    emitter.off("x", listener);
    emitter.emit("x", "x");
    emitter.emit("y", "y");
    expect(calls).toEqual(["other", "y"]);
    expect(emitter.listenerCount("x")).toBe(1);
  });

  it("off ignores unknown events and functions", () => {
    const emitter = createEmitter();
    let calls = 0;
    emitter.on("x", () => {
      calls += 1;
    });
    expect(() => emitter.off("x", () => {})).not.toThrow();
    expect(() => emitter.off("never", () => {})).not.toThrow();
    emitter.emit("x");
    expect(calls).toBe(1);
  });
});

describe("changes during an emit", () => {
  it("does not call a listener registered during the emit until the next one", () => {
    const emitter = createEmitter();
    const calls: string[] = [];
    emitter.on("x", () => {
      calls.push("outer");
      emitter.on("x", () => calls.push("late"));
    });
    emitter.emit("x");
    expect(calls).toEqual(["outer"]);
    emitter.emit("x");
    expect(calls).toEqual(["outer", "outer", "late"]);
  });

  it("does not skip the next listener when a listener removes itself", () => {
    const emitter = createEmitter();
    const calls: string[] = [];
    const unsubscribe = emitter.on("x", () => {
      calls.push("self-removing");
      unsubscribe();
    });
    emitter.on("x", () => calls.push("next"));
    emitter.emit("x");
    expect(calls).toEqual(["self-removing", "next"]);
    expect(emitter.listenerCount("x")).toBe(1);
  });

  it("does not skip the next listener after a once listener", () => {
    const emitter = createEmitter();
    const calls: string[] = [];
    emitter.once("x", () => calls.push("once"));
    emitter.on("x", () => calls.push("next"));
    emitter.on("x", () => calls.push("last"));
    emitter.emit("x");
    expect(calls).toEqual(["once", "next", "last"]);
  });

  it("does not call a listener removed earlier in the same emit", () => {
    const emitter = createEmitter();
    const calls: string[] = [];
    const later = () => calls.push("later");
    emitter.on("x", () => {
      calls.push("first");
      emitter.off("x", later);
    });
    emitter.on("x", later);
    emitter.emit("x");
    expect(calls).toEqual(["first"]);
  });

  it("stops the emit when a listener throws", () => {
    const emitter = createEmitter();
    const calls: string[] = [];
    emitter.on("x", () => {
      throw new TypeError("bad listener");
    });
    emitter.on("x", () => calls.push("after"));
    expect(() => emitter.emit("x")).toThrow(TypeError);
    expect(calls).toEqual([]);
  });
});

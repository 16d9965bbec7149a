import { createPriorityQueue } from "./solution";

type Op = ["push", string, number] | ["update", string, number] | ["remove", string] | ["pop"];

/** A slow but obviously right model of the queue: apply one operation, get what a pop returned. */
function createModel() {
  let items: { id: string; priority: number; order: number }[] = [];
  let arrivals = 0;
  return {
    queued: () => items.map((item) => item.id),
    apply(op: Op): string | undefined {
      if (op[0] === "push") items.push({ id: op[1], priority: op[2], order: arrivals++ });
      else if (op[0] === "update") {
        const found = items.find((item) => item.id === op[1]);
        if (found) {
          found.priority = op[2];
          found.order = arrivals++;
        }
      } else if (op[0] === "remove") items = items.filter((item) => item.id !== op[1]);
      else {
        items.sort((a, b) => b.priority - a.priority || a.order - b.order);
        return items.shift()?.id;
      }
      return undefined;
    },
  };
}

function run(ops: Op[]): (string | undefined)[] {
  const queue = createPriorityQueue();
  const out: (string | undefined)[] = [];
  for (const op of ops) {
    if (op[0] === "push") queue.push(op[1], op[2]);
    else if (op[0] === "update") queue.update(op[1], op[2]);
    else if (op[0] === "remove") queue.remove(op[1]);
    else out.push(queue.pop());
  }
  return out;
}

describe("createPriorityQueue", () => {
  it("pops the highest priority first and undefined when empty", () => {
    const queue = createPriorityQueue();
    queue.push("low", -1.5);
    queue.push("high", 10);
    queue.push("mid", 2);
    expect(queue.peek()).toBe("high");
    expect(queue.size()).toBe(3);
    expect([queue.pop(), queue.pop(), queue.pop(), queue.pop()]).toEqual(["high", "mid", "low", undefined]);
    expect(queue.peek()).toBeUndefined();
    expect(queue.size()).toBe(0);
  });

  it("pops equal priorities first in, first out", () => {
    const queue = createPriorityQueue();
    for (const id of ["a", "b", "c", "d", "e"]) queue.push(id, 1);
    expect([queue.pop(), queue.pop(), queue.pop(), queue.pop(), queue.pop()]).toEqual([
      "a",
      "b",
      "c",
      "d",
      "e",
    ]);
  });

  it("treats an update as queuing again, even to the same priority", () => {
    const queue = createPriorityQueue();
    queue.push("a", 1);
    queue.push("b", 5);
    queue.push("c", 5);
    expect(queue.update("b", 5)).toBe(true);
    expect([queue.pop(), queue.pop()]).toEqual(["c", "b"]);
    expect(queue.update("zzz", 3)).toBe(false);
    expect(queue.has("zzz")).toBe(false);
    expect(queue.update("a", 9)).toBe(true);
    expect(queue.peek()).toBe("a");
  });

  it("removes queued ids and lets popped ids be pushed again", () => {
    const queue = createPriorityQueue();
    queue.push("a", 3);
    queue.push("b", 2);
    queue.push("c", 1);
    expect(queue.remove("b")).toBe(true);
    expect(queue.remove("b")).toBe(false);
    expect(queue.has("b")).toBe(false);
    expect(queue.pop()).toBe("a");
    queue.push("a", 0.5);
    expect([queue.pop(), queue.pop()]).toEqual(["c", "a"]);
  });

  it("keeps the order through thousands of mixed operations", () => {
    let seed = 7;
    const next = () => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed >> 8;
    };
    const modelQueue = createModel();
    const ops: Op[] = [];
    const expected: (string | undefined)[] = [];
    for (let i = 0; i < 2000; i++) {
      const queued = modelQueue.queued();
      const roll = next() % 10;
      let op: Op;
      if (roll < 5 || queued.length === 0) op = ["push", `t${i}`, next() % 7];
      else if (roll < 7) op = ["update", queued[next() % queued.length] as string, next() % 7];
      else if (roll < 8) op = ["remove", queued[next() % queued.length] as string];
      else op = ["pop"];
      ops.push(op);
      const popped = modelQueue.apply(op);
      if (op[0] === "pop") expected.push(popped);
    }
    expect(run(ops)).toEqual(expected);
  });

  it("throws a RangeError for a duplicate id or a priority that is not finite", () => {
    const queue = createPriorityQueue();
    queue.push("a", 1);
    expect(() => queue.push("a", 2)).toThrow(RangeError);
    expect(() => queue.push("b", Number.NaN)).toThrow(RangeError);
    expect(() => queue.push("c", Number.POSITIVE_INFINITY)).toThrow(RangeError);
    expect(() => queue.update("a", Number.NaN)).toThrow(RangeError);
    expect(() => queue.update("nope", Number.NaN)).toThrow(RangeError);
    expect(queue.size()).toBe(1);
    expect(queue.pop()).toBe("a");
  });

  it("makes independent queues", () => {
    const first = createPriorityQueue();
    const second = createPriorityQueue();
    first.push("a", 1);
    expect(second.size()).toBe(0);
    second.push("a", 1);
    expect(first.pop()).toBe("a");
  });
});

import { PriorityQueue } from "./solution";

function drain<T>(q: PriorityQueue<T>): T[] {
  const out: T[] = [];
  while (q.size > 0) out.push(q.pop() as T);
  return out;
}

describe("PriorityQueue", () => {
  it("pops in priority order after a pop", () => {
    const q = new PriorityQueue<number>();
    for (const p of [1, 5, 3, 6, 7, 4]) q.push(p, p);
    expect(q.pop()).toBe(1);
    expect(drain(q)).toEqual([3, 4, 5, 6, 7]);
  });
  it("sorts a shuffled set of priorities", () => {
    const q = new PriorityQueue<number>();
    const values = [42, 7, 19, 3, 88, 23, 5, 61, 14, 9, 30, 2, 77, 11];
    for (const v of values) q.push(v, v);
    expect(drain(q)).toEqual([...values].sort((a, b) => a - b));
  });
  it("interleaves pushes and pops", () => {
    const q = new PriorityQueue<string>();
    q.push("c", 3);
    q.push("a", 1);
    expect(q.pop()).toBe("a");
    q.push("b", 2);
    q.push("d", 4);
    expect(q.pop()).toBe("b");
    expect(q.size).toBe(2);
  });
  it("returns undefined when empty", () => {
    expect(new PriorityQueue<number>().pop()).toBeUndefined();
  });
});

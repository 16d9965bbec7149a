import { MinStack } from "./solution";

describe("MinStack", () => {
  it("keeps a repeated minimum after popping one copy", () => {
    const s = new MinStack();
    s.push(1);
    s.push(1);
    expect(s.pop()).toBe(1);
    expect(s.min()).toBe(1);
    expect(s.size).toBe(1);
  });
  it("tracks the minimum through pushes and pops", () => {
    const s = new MinStack();
    for (const v of [5, 3, 7, 3, 2]) s.push(v);
    expect(s.min()).toBe(2);
    s.pop();
    expect(s.min()).toBe(3);
    s.pop();
    expect(s.min()).toBe(3);
    s.pop();
    expect(s.min()).toBe(3);
    s.pop();
    expect(s.min()).toBe(5);
  });
  it("is empty-safe", () => {
    const s = new MinStack();
    expect(s.pop()).toBeUndefined();
    expect(s.min()).toBeUndefined();
    expect(s.peek()).toBeUndefined();
    s.push(4);
    expect(s.min()).toBe(4);
    expect(s.peek()).toBe(4);
  });
});

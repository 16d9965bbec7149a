import { scheduleTasks } from "./solution";

const task = (id: string, duration: number, after: string[] = []) => ({ id, duration, after });

describe("scheduleTasks", () => {
  it("returns an empty schedule for no tasks", () => {
    expect(scheduleTasks([], 3)).toEqual({ starts: {}, makespan: 0 });
  });

  it("schedules the example", () => {
    const tasks = [task("b", 3), task("a", 2), task("c", 1, ["a"]), task("d", 2, ["b", "c"])];
    expect(scheduleTasks(tasks, 2)).toEqual({ starts: { a: 0, b: 0, c: 2, d: 3 }, makespan: 5 });
  });

  it("runs independent tasks in id order on one worker", () => {
    expect(scheduleTasks([task("c", 1), task("a", 2), task("b", 3)], 1)).toEqual({
      starts: { a: 0, b: 2, c: 5 },
      makespan: 6,
    });
  });

  it("compares ids as strings", () => {
    expect(scheduleTasks([task("a9", 1), task("a10", 1)], 1).starts).toEqual({ a10: 0, a9: 1 });
  });

  it("starts a task the moment its last dependency finishes", () => {
    expect(scheduleTasks([task("z", 1, ["y"]), task("y", 3, ["x"]), task("x", 2)], 3)).toEqual({
      starts: { x: 0, y: 2, z: 5 },
      makespan: 6,
    });
  });

  it("gives a freed worker the smallest ready id, not the task that was ready first", () => {
    expect(scheduleTasks([task("m", 2), task("z", 1), task("b", 1, ["m"])], 1)).toEqual({
      starts: { m: 0, b: 2, z: 3 },
      makespan: 4,
    });
  });

  it("never leaves a worker idle while a task is ready", () => {
    expect(scheduleTasks([task("a", 1), task("b", 3), task("c", 3, ["a"])], 2)).toEqual({
      starts: { a: 0, b: 0, c: 1 },
      makespan: 4,
    });
  });

  it("finishes zero-duration tasks the moment they start", () => {
    const tasks = [task("a", 0), task("b", 2, ["a"]), task("c", 0, ["b"]), task("d", 1)];
    expect(scheduleTasks(tasks, 1)).toEqual({ starts: { a: 0, b: 0, c: 2, d: 2 }, makespan: 3 });
  });

  it("uses every free worker at once, smallest ids first", () => {
    const tasks = ["e", "d", "c", "b", "a"].map((id) => task(id, 1));
    expect(scheduleTasks(tasks, 2)).toEqual({ starts: { a: 0, b: 0, c: 1, d: 1, e: 2 }, makespan: 3 });
  });

  it("does not change its input", () => {
    const tasks = [task("b", 1), task("a", 2, ["b"])];
    const copy = structuredClone(tasks);
    scheduleTasks(tasks, 2);
    expect(tasks).toEqual(copy);
  });

  it("throws a RangeError for a dependency cycle", () => {
    expect(() => scheduleTasks([task("a", 1, ["b"]), task("b", 1, ["a"])], 2)).toThrow(RangeError);
    expect(() => scheduleTasks([task("a", 1, ["a"])], 1)).toThrow(RangeError);
    expect(() =>
      scheduleTasks([task("a", 1), task("b", 1, ["c"]), task("c", 1, ["d"]), task("d", 1, ["b"])], 1),
    ).toThrow(RangeError);
  });

  it("throws a RangeError for unknown or duplicate ids, bad durations and bad worker counts", () => {
    expect(() => scheduleTasks([task("a", 1, ["nope"])], 1)).toThrow(RangeError);
    expect(() => scheduleTasks([task("a", 1), task("a", 2)], 1)).toThrow(RangeError);
    expect(() => scheduleTasks([task("a", -1)], 1)).toThrow(RangeError);
    expect(() => scheduleTasks([task("a", Number.NaN)], 1)).toThrow(RangeError);
    expect(() => scheduleTasks([task("a", 1)], 0)).toThrow(RangeError);
    expect(() => scheduleTasks([task("a", 1)], 1.5)).toThrow(RangeError);
  });
});

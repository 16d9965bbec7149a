import { createTaskQueue } from "./solution";

function deferred<T>() {
  let resolve!: (v: T) => void;
  let reject!: (e: unknown) => void;
  const promise = new Promise<T>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}
const tick = () => new Promise((r) => setTimeout(r, 0));

describe("createTaskQueue", () => {
  it("runs at most concurrency tasks, in order", async () => {
    const q = createTaskQueue(2);
    const started: number[] = [];
    const gates = [deferred<number>(), deferred<number>(), deferred<number>()];
    const results = gates.map((g, i) =>
      q.add(() => {
        started.push(i);
        return g.promise;
      }),
    );
    expect(started).toEqual([0, 1]);
    expect(q.running).toBe(2);
    expect(q.pending).toBe(1);
    gates[0]!.resolve(10);
    await tick();
    expect(started).toEqual([0, 1, 2]);
    gates[1]!.resolve(11);
    gates[2]!.resolve(12);
    expect(await Promise.all(results)).toEqual([10, 11, 12]);
    expect(q.running).toBe(0);
  });
  it("starts waiting tasks in the order they were added", async () => {
    const q = createTaskQueue(1);
    const started: string[] = [];
    const gate = deferred<string>();
    const all = [
      q.add(() => {
        started.push("a");
        return gate.promise;
      }),
    ];
    for (const name of ["b", "c", "d"])
      all.push(
        q.add(async () => {
          started.push(name);
          return name;
        }),
      );
    expect(q.pending).toBe(3);
    gate.resolve("a");
    expect(await Promise.all(all)).toEqual(["a", "b", "c", "d"]);
    expect(started).toEqual(["a", "b", "c", "d"]);
  });
  it("frees the slot of a rejected task and passes the error on", async () => {
    const q = createTaskQueue(1);
    const boom = new Error("boom");
    const failed = q.add(() => Promise.reject(boom));
    const after = q.add(() => Promise.resolve("after"));
    await expect(failed).rejects.toBe(boom);
    await expect(after).resolves.toBe("after");
    expect(q.running).toBe(0);
    expect(q.pending).toBe(0);
  });
  it("frees the slot of a task that throws synchronously", async () => {
    const q = createTaskQueue(1);
    const failed = q.add(() => {
      throw new TypeError("sync");
    });
    const after = q.add(() => Promise.resolve(1));
    await expect(failed).rejects.toThrow(TypeError);
    await expect(after).resolves.toBe(1);
  });
  it("keeps working after many failures", async () => {
    const q = createTaskQueue(2);
    const failures = Array.from({ length: 5 }, () => q.add(() => Promise.reject(new Error("x"))));
    await Promise.allSettled(failures);
    await expect(q.add(() => Promise.resolve("ok"))).resolves.toBe("ok");
  });
  it("throws a RangeError for a bad concurrency", () => {
    expect(() => createTaskQueue(0)).toThrow(RangeError);
    expect(() => createTaskQueue(1.5)).toThrow(RangeError);
  });
});

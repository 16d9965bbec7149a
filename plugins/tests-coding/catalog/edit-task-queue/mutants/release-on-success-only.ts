// Runs async tasks with at most `concurrency` at a time, in the order they were added.
export function createTaskQueue(concurrency: number) {
  if (!Number.isInteger(concurrency) || concurrency < 1) {
    throw new RangeError(`concurrency must be a positive integer, got ${concurrency}`);
  }
  const waiting: (() => void)[] = [];
  let running = 0;

  function next(): void {
    while (running < concurrency) {
      const start = waiting.shift();
      if (!start) return;
      start();
    }
  }

  return {
    add<T>(task: () => Promise<T>): Promise<T> {
      return new Promise<T>((resolve, reject) => {
        waiting.push(() => {
          running++;
          let result: Promise<T>;
          try {
            result = Promise.resolve(task());
          } catch (error) {
            result = Promise.reject(error);
          }
          result.then((value) => {
            running--;
            resolve(value);
            next();
          }, reject);
        });
        next();
      });
    },
    get running(): number {
      return running;
    },
    get pending(): number {
      return waiting.length;
    },
  };
}

// Runs async tasks with at most `concurrency` at a time, in the order they were added.
export function createTaskQueue(concurrency: number) {
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
          result.then(resolve, reject).finally(() => {
            running--;
            next();
          });
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

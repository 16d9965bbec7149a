// Runs async tasks with at most `concurrency` at a time, in the order they were added.
export function createTaskQueue(concurrency: number) {
  const waiting: (() => void)[] = [];
  let running = 0;

  function next(): void {
    if (running >= concurrency) return;
    const start = waiting.shift();
    if (start) start();
  }

  return {
    add<T>(task: () => Promise<T>): Promise<T> {
      return new Promise<T>((resolve, reject) => {
        waiting.push(() => {
          running++;
          task().then((value) => {
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

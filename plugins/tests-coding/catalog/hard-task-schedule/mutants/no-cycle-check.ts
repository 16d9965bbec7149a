export interface Task {
  id: string;
  duration: number;
  after: string[];
}

export interface Schedule {
  starts: Record<string, number>;
  makespan: number;
}

const byId = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

export function scheduleTasks(tasks: Task[], workers: number): Schedule {
  if (!Number.isInteger(workers) || workers < 1)
    throw new RangeError(`workers must be a positive integer, got ${workers}`);
  const known = new Map<string, Task>();
  for (const task of tasks) {
    if (known.has(task.id)) throw new RangeError(`duplicate task id ${task.id}`);
    if (!Number.isFinite(task.duration) || task.duration < 0)
      throw new RangeError(`task ${task.id} has a bad duration`);
    known.set(task.id, task);
  }
  for (const task of tasks) {
    for (const dep of task.after)
      if (!known.has(dep)) throw new RangeError(`task ${task.id} depends on unknown ${dep}`);
  }

  const finished = new Map<string, number>();
  const starts: Record<string, number> = {};
  const waiting = new Set(tasks.map((task) => task.id));
  // Finish times of running tasks (one entry per busy worker).
  const running: { id: string; end: number }[] = [];
  let now = 0;
  let makespan = 0;
  while (waiting.size > 0 || running.length > 0) {
    // Finish everything due now.
    for (let i = running.length - 1; i >= 0; i--) {
      const job = running[i] as { id: string; end: number };
      if (job.end <= now) {
        finished.set(job.id, job.end);
        running.splice(i, 1);
      }
    }
    const ready = [...waiting]
      .filter((id) => (known.get(id) as Task).after.every((dep) => finished.has(dep)))
      .sort(byId);
    let started = false;
    while (running.length < workers && ready.length > 0) {
      const id = ready.shift() as string;
      const task = known.get(id) as Task;
      waiting.delete(id);
      starts[id] = now;
      const end = now + task.duration;
      makespan = Math.max(makespan, end);
      running.push({ id, end });
      started = true;
    }
    // A zero-duration task finishes at once and may free work at the same moment.
    if (started && running.some((job) => job.end <= now)) continue;
    if (running.length === 0) break;
    now = Math.min(...running.map((job) => job.end));
  }
  return { starts, makespan };
}

function assertAcyclic(tasks: Task[], known: Map<string, Task>): void {
  const state = new Map<string, "visiting" | "done">();
  const visit = (id: string): void => {
    const current = state.get(id);
    if (current === "done") return;
    if (current === "visiting") throw new RangeError(`dependency cycle through ${id}`);
    state.set(id, "visiting");
    for (const dep of (known.get(id) as Task).after) visit(dep);
    state.set(id, "done");
  };
  for (const task of tasks) visit(task.id);
}

export interface Task {
  id: string;
  duration: number;
  after: string[];
}

export interface Schedule {
  starts: Record<string, number>;
  makespan: number;
}

export declare function scheduleTasks(tasks: Task[], workers: number): Schedule;

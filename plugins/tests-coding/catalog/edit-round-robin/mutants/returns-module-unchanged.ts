// Takes jobs from several tenants' queues in turn so one busy tenant cannot starve the others.
export function createScheduler() {
  const queues = new Map<string, string[]>();
  let turn = 0;
  return {
    submit(tenant: string, job: string): void {
      const queue = queues.get(tenant) ?? [];
      queue.push(job);
      queues.set(tenant, queue);
    },
    next(): { tenant: string; job: string } | undefined {
      const tenants = [...queues.keys()];
      if (tenants.length === 0) return undefined;
      const tenant = tenants[turn % tenants.length]!;
      turn++;
      const job = queues.get(tenant)!.shift();
      if (job === undefined) return undefined;
      return { tenant, job };
    },
  };
}

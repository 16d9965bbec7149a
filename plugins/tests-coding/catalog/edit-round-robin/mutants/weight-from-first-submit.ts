// Takes jobs from several tenants' queues in turn so one busy tenant cannot starve the others.
export function createScheduler() {
  const queues = new Map<string, { jobs: string[]; weight: number; served: number }>();
  const order: string[] = [];
  let position = 0;
  return {
    submit(tenant: string, job: string, weight = 1): void {
      if (!Number.isInteger(weight) || weight < 1)
        throw new RangeError(`weight must be a positive integer, got ${weight}`);
      let entry = queues.get(tenant);
      if (!entry) {
        entry = { jobs: [], weight, served: 0 };
        queues.set(tenant, entry);
        order.push(tenant);
      }
      entry.jobs.push(job);
    },
    next(): { tenant: string; job: string } | undefined {
      if (order.length === 0) return undefined;
      if (position >= order.length) position = 0;
      const tenant = order[position]!;
      const entry = queues.get(tenant)!;
      const job = entry.jobs.shift()!;
      entry.served++;
      if (entry.jobs.length === 0) {
        // Leaving the rotation: the position now points at the next tenant.
        queues.delete(tenant);
        order.splice(position, 1);
      } else if (entry.served >= entry.weight) {
        entry.served = 0;
        position++;
      }
      return { tenant, job };
    },
    get pending(): number {
      let total = 0;
      for (const entry of queues.values()) total += entry.jobs.length;
      return total;
    },
  };
}

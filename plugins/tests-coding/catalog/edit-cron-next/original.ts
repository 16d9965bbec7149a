// Next time a "minute hour" schedule fires. Only `*` and single numbers are supported.
export class CronError extends Error {}

export function parseField(field: string, min: number, max: number): number[] {
  if (field === "*") {
    const all: number[] = [];
    for (let v = min; v <= max; v++) all.push(v);
    return all;
  }
  const value = Number(field);
  if (!Number.isInteger(value) || value < min || value > max) throw new CronError(`bad field ${field}`);
  return [value];
}

/** Minutes since midnight of the next run strictly after `after` (also minutes), wrapping to the next day. */
export function nextRun(schedule: string, after: number): number {
  const [minuteField, hourField] = schedule.split(" ");
  const minutes = parseField(minuteField!, 0, 59);
  const hours = parseField(hourField!, 0, 23);
  for (let t = after + 1; t < after + 1 + 24 * 60; t++) {
    const time = t % (24 * 60);
    if (hours.includes(Math.floor(time / 60)) && minutes.includes(time % 60)) return time;
  }
  throw new CronError("never runs");
}

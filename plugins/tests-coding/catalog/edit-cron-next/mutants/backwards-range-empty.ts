// Next time a "minute hour" schedule fires.
export class CronError extends Error {}

function parseNumber(text: string, min: number, max: number, field: string): number {
  if (!/^\d+$/.test(text)) throw new CronError(`bad field ${field}: ${text} is not a number`);
  const value = Number(text);
  if (value < min || value > max)
    throw new CronError(`bad field ${field}: ${value} is outside ${min}-${max}`);
  return value;
}

export function parseField(field: string, min: number, max: number): number[] {
  const values = new Set<number>();
  for (const part of field.split(",")) {
    const [range, stepText, ...extra] = part.split("/");
    if (range === undefined || extra.length > 0) throw new CronError(`bad field ${field}`);
    const step = stepText === undefined ? 1 : parseNumber(stepText, 1, max - min + 1, field);
    let low: number;
    let high: number;
    if (range === "*") {
      low = min;
      high = max;
    } else if (range.includes("-")) {
      const [lowText, highText, ...more] = range.split("-");
      if (more.length > 0) throw new CronError(`bad field ${field}`);
      low = parseNumber(lowText!, min, max, field);
      high = parseNumber(highText!, min, max, field);
    } else {
      low = parseNumber(range, min, max, field);
      high = stepText === undefined ? low : max;
    }
    for (let v = low; v <= high; v += step) values.add(v);
  }
  return [...values].sort((a, b) => a - b);
}

/** Minutes since midnight of the next run strictly after `after` (also minutes), wrapping to the next day. */
export function nextRun(schedule: string, after: number): number {
  const fields = schedule.trim().split(/\s+/);
  if (fields.length !== 2) throw new CronError(`a schedule has two fields, "minute hour"; got "${schedule}"`);
  const minutes = parseField(fields[0]!, 0, 59);
  const hours = parseField(fields[1]!, 0, 23);
  for (let t = after + 1; t < after + 1 + 24 * 60; t++) {
    const time = t % (24 * 60);
    if (hours.includes(Math.floor(time / 60)) && minutes.includes(time % 60)) return time;
  }
  throw new CronError("never runs");
}

export type Interval = [start: number, end: number];

export default function mergeIntervals(intervals: Interval[]): Interval[] {
  for (const [start, end] of intervals) {
    if (!Number.isFinite(start) || !Number.isFinite(end)) {
      throw new RangeError(`interval [${start}, ${end}] has a bound that is not a finite number`);
    }
    if (start > end) {
      throw new RangeError(`interval [${start}, ${end}] starts after it ends`);
    }
  }
  const sorted = intervals.map(([start, end]): Interval => [start, end]).sort((a, b) => a[0] - b[0]);
  const merged: Interval[] = [];
  for (const interval of sorted) {
    const last = merged[merged.length - 1];
    if (last && interval[0] <= last[1]) {
      last[1] = Math.max(last[1], interval[1]);
    } else {
      merged.push(interval);
    }
  }
  return merged;
}

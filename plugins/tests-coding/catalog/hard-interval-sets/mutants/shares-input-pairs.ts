export type Interval = [start: number, end: number];

function assertIntervals(list: Interval[]): void {
  for (const [start, end] of list) {
    if (!Number.isFinite(start) || !Number.isFinite(end) || start > end) {
      throw new RangeError(`[${start}, ${end}] is not an interval`);
    }
  }
}

/** Sorted, without empty intervals, overlapping or touching ones joined. */
function normalize(list: Interval[]): Interval[] {
  const sorted = list.filter(([start, end]) => start < end).sort((x, y) => x[0] - y[0]);
  const out: Interval[] = [];
  for (const interval of sorted) {
    const last = out[out.length - 1];
    if (last && interval[0] <= last[1]) last[1] = Math.max(last[1], interval[1]);
    else out.push(interval);
  }
  return out;
}

export function unionIntervals(a: Interval[], b: Interval[]): Interval[] {
  assertIntervals(a);
  assertIntervals(b);
  return normalize([...a, ...b]);
}

export function intersectIntervals(a: Interval[], b: Interval[]): Interval[] {
  assertIntervals(a);
  assertIntervals(b);
  const left = normalize(a);
  const right = normalize(b);
  const out: Interval[] = [];
  let i = 0;
  let j = 0;
  while (i < left.length && j < right.length) {
    const [s1, e1] = left[i] as Interval;
    const [s2, e2] = right[j] as Interval;
    const start = Math.max(s1, s2);
    const end = Math.min(e1, e2);
    if (start < end) out.push([start, end]);
    if (e1 < e2) i += 1;
    else j += 1;
  }
  return normalize(out);
}

export function subtractIntervals(a: Interval[], b: Interval[]): Interval[] {
  assertIntervals(a);
  assertIntervals(b);
  const cuts = normalize(b);
  const out: Interval[] = [];
  for (const [start, end] of normalize(a)) {
    let from = start;
    for (const [cutStart, cutEnd] of cuts) {
      if (cutEnd <= from || cutStart >= end) continue;
      if (cutStart > from) out.push([from, cutStart]);
      from = Math.max(from, cutEnd);
    }
    if (from < end) out.push([from, end]);
  }
  return normalize(out);
}

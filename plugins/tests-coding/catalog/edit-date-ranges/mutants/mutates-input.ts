// Room bookings as half-open day ranges [start, end): a stay checks out on `end`.
export interface Range {
  start: number;
  end: number;
}

function check(range: Range): void {
  if (!Number.isInteger(range.start) || !Number.isInteger(range.end) || range.end <= range.start) {
    throw new RangeError(
      `a range needs integer days with end after start; got [${range.start}, ${range.end})`,
    );
  }
}

export function overlaps(a: Range, b: Range): boolean {
  check(a);
  check(b);
  return a.start < b.end && b.start < a.end;
}

export function isFree(bookings: readonly Range[], wanted: Range): boolean {
  return !bookings.some((booking) => overlaps(booking, wanted));
}

export function mergeRanges(ranges: readonly Range[]): Range[] {
  for (const range of ranges) check(range);
  const sorted = [...ranges].sort((a, b) => a.start - b.start || a.end - b.end);
  const merged: Range[] = [];
  for (const range of sorted) {
    const last = merged[merged.length - 1];
    if (last && range.start <= last.end) last.end = Math.max(last.end, range.end);
    else merged.push(range);
  }
  return merged;
}

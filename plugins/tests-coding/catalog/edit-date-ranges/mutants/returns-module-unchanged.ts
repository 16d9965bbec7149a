// Room bookings as half-open day ranges [start, end): a stay checks out on `end`.
export interface Range {
  start: number;
  end: number;
}

export function overlaps(a: Range, b: Range): boolean {
  return a.start <= b.end && b.start <= a.end;
}

export function isFree(bookings: readonly Range[], wanted: Range): boolean {
  return !bookings.some((booking) => overlaps(booking, wanted));
}

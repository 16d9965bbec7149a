export interface Range {
  start: number;
  end: number;
}
export declare function overlaps(a: Range, b: Range): boolean;
export declare function isFree(bookings: readonly Range[], wanted: Range): boolean;
export declare function mergeRanges(ranges: readonly Range[]): Range[];

export type Interval = [start: number, end: number];

export declare function mergeIntervals(intervals: Interval[]): Interval[];

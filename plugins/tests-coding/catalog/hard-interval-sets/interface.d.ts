export type Interval = [start: number, end: number];

export declare function unionIntervals(a: Interval[], b: Interval[]): Interval[];
export declare function intersectIntervals(a: Interval[], b: Interval[]): Interval[];
export declare function subtractIntervals(a: Interval[], b: Interval[]): Interval[];

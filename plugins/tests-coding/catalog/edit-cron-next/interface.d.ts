export declare class CronError extends Error {}
export declare function parseField(field: string, min: number, max: number): number[];
/** Minutes since midnight of the next run strictly after `after` (also minutes), wrapping to the next day. */
export declare function nextRun(schedule: string, after: number): number;

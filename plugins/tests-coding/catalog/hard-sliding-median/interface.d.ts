export declare function slidingMedian(values: number[], window: number): number[];

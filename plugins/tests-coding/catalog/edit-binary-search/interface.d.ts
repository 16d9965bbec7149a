/** Index of the first element not less than `value` (or the length when there is none). */
export declare function lowerBound(sorted: readonly number[], value: number): number;
/** Index of the first element greater than `value` (or the length when there is none). */
export declare function upperBound(sorted: readonly number[], value: number): number;
/** Inserts `value` keeping the array sorted; equal values are inserted after existing ones. */
export declare function insertSorted(sorted: number[], value: number): number;

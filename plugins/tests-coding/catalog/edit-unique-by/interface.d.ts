export declare function uniqueBy<T>(items: readonly T[], key?: (item: T) => unknown): T[];
